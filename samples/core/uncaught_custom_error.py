"""A custom exception raised from deep in a call chain and never caught: exit status 1 after prints."""


class InsufficientFunds(Exception):
    def __init__(self, account: str, needed: float) -> None:
        super().__init__(f"{account} is short by {needed:.2f}")
        self.account = account
        self.needed = needed


class Account:
    def __init__(self, name: str, balance: float) -> None:
        self.name = name
        self.balance = balance

    def withdraw(self, amount: float) -> None:
        if amount > self.balance:
            raise InsufficientFunds(self.name, amount - self.balance)
        self.balance -= amount
        print(f"{self.name}: withdrew {amount:.2f}, balance {self.balance:.2f}")


def transfer(src: Account, dst: Account, amount: float) -> None:
    print(f"transfer {amount} from {src.name} to {dst.name}")
    src.withdraw(amount)
    dst.balance += amount


alice = Account("alice", 100.0)
bob = Account("bob", 20.0)
transfer(alice, bob, 30)
try:
    transfer(bob, alice, 500)
except InsufficientFunds as exc:
    print("handled:", exc, "| account:", exc.account)
print(f"balances: alice={alice.balance:.2f} bob={bob.balance:.2f}")
for amount in [10, 25, 1000]:
    transfer(alice, bob, amount)
print("never printed")
