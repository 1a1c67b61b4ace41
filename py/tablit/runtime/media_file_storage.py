"""``streamlit.runtime.media_file_storage``: the error st.image/st.audio/st.video
raise for a file they cannot open, under 1.67's name (the exception box shows it)."""


class MediaFileStorageError(Exception):
    """A media file that could not be read (``Error opening 'path'``)."""
