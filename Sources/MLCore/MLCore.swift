// MLCore module
