// Interpreter module
