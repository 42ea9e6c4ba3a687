class Size:  # a plain class: == falls back to identity
    def __init__(self, label):
        self.label = label


SIZES = [Size("S"), Size("M"), Size("L")]
