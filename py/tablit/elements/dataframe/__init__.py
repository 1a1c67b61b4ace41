"""The data behind st.dataframe / st.data_editor / st.table.

``frame`` converts any table-like input into typed columns, ``wire`` encodes
them compactly for the page, ``styler`` reads a pandas Styler's display
values, colours and caption, ``selection`` is st.dataframe's selection state
and ``editing`` st.data_editor's edit state.  The commands live in
``tablit.elements.dataframes`` (st.table stays in ``tablit.elements.table``).
"""
