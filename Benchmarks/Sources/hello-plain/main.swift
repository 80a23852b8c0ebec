print("hello 1")
