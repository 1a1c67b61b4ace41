import pyparsing as pp


def parse():
    return "+".join(pp.Word(pp.nums)[1, ...].parse_string("1 2 3"))
