"""A helper module of the pandas test app."""


def parser_version():
    """pyparsing is a Pyodide package imported only here, inside a function: found all the same."""
    import pyparsing

    return pyparsing.__version__
