import Foundation

// Touch Foundation so the linker cannot drop it: the floor includes its load and initialisation.
print(String(format: "hello %d", 1))
