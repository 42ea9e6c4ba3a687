class Ticket:
    def __init__(self, number):
        self.number = number
