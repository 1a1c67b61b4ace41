import os
if os.environ.get("TABLIT_REFERENCE") == "1":
    from streamlit.testing.v1 import AppTest  # the real Streamlit, to validate the tests
else:
    from tablit.testing.v1 import AppTest
