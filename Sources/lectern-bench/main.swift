import MLCore
print("lectern-bench")
