"""Widgets: one private module per widget.

Importing a module registers its command with :func:`tablit.delta_generator.command`;
the core never imports a widget.
"""

from . import _button, _camera_input, _chat_input, _checkbox, _color_picker, _date_input, _download_button, _file_uploader, _multiselect, _number_input, _radio, _select_slider, _selectbox, _slider, _text_area, _text_input, _time_input  # noqa: F401
from . import _feedback, _link_button, _pills, _segmented_control  # noqa: F401
from . import _datetime_input, _menu_button, _pagination  # noqa: F401
