x = 1
print("start")
y = x + "a"
