# From streamlit/docs (python/api-examples-source/charts.mermaid_chart.py), Apache-2.0.
import streamlit as st

st.mermaid_chart('''
    graph LR
        A[Start] --> B{Decision}
        B -->|Yes| C[OK]
        B -->|No| D[Cancel]
''')
