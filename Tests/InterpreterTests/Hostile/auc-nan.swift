// A NaN score stalled the ROC loop while it grew without bound; sklearn raises an error.
// error: uncaught error: invalid argument: ROC scores must be finite numbers, got nan at index 1
print(try Metrics.auc(scores: [0.2, Double.nan, 0.7, 0.4], labels: [0, 1, 1, 0]))
