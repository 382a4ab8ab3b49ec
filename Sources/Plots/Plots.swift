// Plots module
