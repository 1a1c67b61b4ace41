"""Widgets: one private module per widget, attached as DeltaGenerator methods."""

from ._button import button
from ._camera_input import audio_input, camera_input
from ._chat_input import chat_input
from ._checkbox import checkbox, toggle
from ._color_picker import color_picker
from ._date_input import date_input
from ._download_button import download_button
from ._file_uploader import file_uploader
from ._multiselect import multiselect
from ._number_input import number_input
from ._radio import radio
from ._select_slider import select_slider
from ._selectbox import selectbox
from ._slider import slider
from ._text_area import text_area
from ._text_input import text_input
from ._time_input import time_input

__all__ = [
    'audio_input',
    'camera_input',
    'button',
    'chat_input',
    'checkbox',
    'color_picker',
    'date_input',
    'download_button',
    'file_uploader',
    'multiselect',
    'number_input',
    'radio',
    'select_slider',
    'selectbox',
    'slider',
    'text_area',
    'text_input',
    'time_input',
    'toggle',
]
