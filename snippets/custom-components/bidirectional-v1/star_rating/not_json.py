import datetime

from rating import star_rating

# A date is no JSON value: the call raises MarshallComponentException.
star_rating(datetime.date(2025, 3, 1))
