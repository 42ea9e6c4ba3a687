from dataclasses import dataclass


@dataclass
class Book:
    isbn: str


first = Book("978-0")
second = Book("978-0")
print(first == second)
#> True


@dataclass  # the very same definition, run a second time
class Book:
    isbn: str


third = Book("978-0")
print(first == third)
#> False
print(type(first).__name__ == type(third).__name__, type(first) is type(third))
#> True False
