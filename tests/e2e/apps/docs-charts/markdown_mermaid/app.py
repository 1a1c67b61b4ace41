# A mermaid fence in st.markdown is drawn as a diagram (as in Streamlit 1.67); a broken one says why.
import streamlit as st

st.markdown("""Before the diagram.

```mermaid
sequenceDiagram
    accTitle: Greeting
    Alice->>Bob: Hello
```

After the diagram.

```python
print("still code")
```
""")
st.mermaid_chart("graph LR\n  A -->", alt="Broken")
