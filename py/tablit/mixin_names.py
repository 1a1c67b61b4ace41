"""1.67's mixin class of each DeltaGenerator command, by command name.

Streamlit defines its commands as methods of mixin classes (``TextMixin.text``), and
Python names a function by its qualified name in the TypeError of a wrong call:
``TextMixin.text() missing 1 required positional argument: 'body'``.  ``command()``
(``delta_generator.py``) gives each tablit command that qualified name, so the message
reads the same.  (From ``DeltaGenerator.<name>.__qualname__`` under Streamlit 1.67.)
"""

from __future__ import annotations

_BY_MIXIN: dict[str, tuple[str, ...]] = {
    "AlertMixin": ("error", "info", "success", "warning"),
    "ArrowMixin": ("dataframe",),
    "AudioInputMixin": ("audio_input",),
    "BalloonsMixin": ("balloons",),
    "ButtonGroupMixin": ("pills", "segmented_control"),
    "ButtonMixin": ("button", "download_button", "link_button", "page_link"),
    "CameraInputMixin": ("camera_input",),
    "ChatMixin": ("chat_input", "chat_message"),
    "CheckboxMixin": ("checkbox", "toggle"),
    "CodeMixin": ("code",),
    "ColorPickerMixin": ("color_picker",),
    "DataEditorMixin": ("data_editor",),
    "EChartsMixin": ("echarts_chart",),
    "EmptyMixin": ("empty",),
    "ExceptionMixin": ("exception",),
    "FeedbackMixin": ("feedback",),
    "FileUploaderMixin": ("file_uploader",),
    "FormMixin": ("form", "form_submit_button"),
    "GraphvizMixin": ("graphviz_chart",),
    "HeadingMixin": ("header", "subheader", "title"),
    "HelpMixin": ("help",),
    "HtmlMixin": ("html",),
    "IframeMixin": ("iframe",),
    "ImageMixin": ("image",),
    "JsonMixin": ("json",),
    "LayoutsMixin": ("columns", "container", "expander", "grid", "popover", "status", "tabs"),
    "MapMixin": ("map",),
    "MarkdownMixin": ("badge", "caption", "divider", "latex", "markdown"),
    "MediaMixin": ("audio", "video"),
    "MenuButtonMixin": ("menu_button",),
    "MermaidChartMixin": ("mermaid_chart",),
    "MetricMixin": ("metric",),
    "MultiSelectMixin": ("multiselect",),
    "NumberInputMixin": ("number_input",),
    "PaginationMixin": ("pagination",),
    "PdfMixin": ("pdf",),
    "PlotlyMixin": ("plotly_chart",),
    "ProgressMixin": ("progress",),
    "PydeckMixin": ("pydeck_chart",),
    "PyplotMixin": ("pyplot",),
    "RadioMixin": ("radio",),
    "SelectSliderMixin": ("select_slider",),
    "SelectboxMixin": ("selectbox",),
    "SkeletonMixin": ("skeleton",),
    "SliderMixin": ("slider",),
    "SnowMixin": ("snow",),
    "SpaceMixin": ("space",),
    "SpinnerMixin": ("spinner",),
    "TableMixin": ("table",),
    "TextMixin": ("text",),
    "TextWidgetsMixin": ("text_area", "text_input"),
    "TimeWidgetsMixin": ("date_input", "datetime_input", "time_input"),
    "ToastMixin": ("toast",),
    "VegaChartsMixin": ("altair_chart", "area_chart", "bar_chart", "line_chart", "scatter_chart",
                        "vega_lite_chart"),
    "WriteMixin": ("write", "write_stream"),
}

MIXIN_OF: dict[str, str] = {name: mixin for mixin, names in _BY_MIXIN.items() for name in names}
