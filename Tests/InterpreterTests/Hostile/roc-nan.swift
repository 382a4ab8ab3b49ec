// error: uncaught error: invalid argument: ROC scores must be finite numbers, got nan at index 1
print(try Metrics.rocCurve(scores: [0.2, Double.nan, 0.7, 0.4], labels: [0, 1, 1, 0]).count)
