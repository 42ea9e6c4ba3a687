from enum import Enum


class Planet(Enum):
    MERCURY = 1
    VENUS = 2
    EARTH = 3
