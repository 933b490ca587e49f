print("tips")
