"""Stands in for slow work (a model, a big query) and counts its real runs."""

runs = 0


def crunch(rows):
    global runs
    runs += 1
    return [n * n for n in range(rows)]
