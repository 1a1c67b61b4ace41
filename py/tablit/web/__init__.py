"""``streamlit.web``: Streamlit's server and command line, as far as an app in the tab meets them.

Apps that can also be started with ``python app.py`` import ``streamlit.web.cli`` or
``streamlit.web.bootstrap`` and call them only when no Streamlit runtime runs them::

    if runtime.exists(): main()
    else: sys.exit(stcli.main())

In the tab the runtime always exists (the page started the app), so the imports succeed and
the calls are never made; made anyway, they say why there is no server to start.  Streamlit's
other server modules (``streamlit.web.server``) are missing with the reason
(``runtime/alias.py``).
"""
