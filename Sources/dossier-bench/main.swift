import DossierKit
print("no benchmarks yet")
