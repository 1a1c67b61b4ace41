"""(being written) st.cache_data / st.cache_resource."""

from __future__ import annotations


def cache_data(func=None, **kwargs):
    raise NotImplementedError("cache_data")


def cache_resource(func=None, **kwargs):
    raise NotImplementedError("cache_resource")
