"""Non-widget elements, attached as DeltaGenerator methods (one family per module)."""

from .alerts import error, exception, info, success, warning
from .json import json
from .text import caption, code, divider, header, markdown, subheader, text, title
from .write import write
from .form import form, form_submit_button
from .layout import columns, container, empty, expander, popover, tabs
from .misc import balloons, html, image, latex, metric, progress, snow, spinner, toast
from .table import data_editor, dataframe, table

__all__ = [
    'balloons',
    'caption',
    'code',
    'columns',
    'container',
    'data_editor',
    'dataframe',
    'divider',
    'empty',
    'error',
    'exception',
    'expander',
    'form',
    'form_submit_button',
    'header',
    'html',
    'image',
    'info',
    'json',
    'latex',
    'markdown',
    'metric',
    'popover',
    'progress',
    'snow',
    'spinner',
    'subheader',
    'success',
    'table',
    'tabs',
    'text',
    'title',
    'toast',
    'warning',
    'write',
]
