class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount


def main():
    a = Account(10)
    a.withdraw(5)
    a.withdraw(50)


main()
