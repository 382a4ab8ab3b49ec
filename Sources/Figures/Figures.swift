// Figures: the pictures of the lecture, built from MLCore values as `Plots.Figure` data.
//
// Plots knows how to draw a line chart or a contour plot but nothing about training; MLCore knows
// about training but nothing about drawing. This module is the small bridge between them: one
// static function on `Figure` per picture the lessons show, each taking MLCore values and a few
// options with defaults, so that the interpreter can expose each one to lesson code as a one-line
// global (`plot(history)`, `show(f)`, `scatter(data)`, …).
//
//   Figure+TrainingHistory   loss and accuracy curves; several runs compared
//   Figure+Curves            any named series against epochs or a given x; y = f(x) from samples
//   Figure+Activation        activation functions (and their derivatives) over a range
//   Figure+Dataset           a 2-D data set as a scatter plot, one colour per class
//   Figure+DecisionBoundary  any classifier's decision over the plane, with the data on top
//   Figure+TestFunction      a test surface's (or a lesson-sampled surface's) contours with
//                            optimiser paths on top, cut where they leave the window
//   Figure+ComputationGraph  the graph of a `Value`: values, operations and gradients
//   Figure+ROC               ROC curves with their AUC (of scores, or of any binary classifier)
//   Figure+Tree              a fitted decision or regression tree as a diagram
//   Figure+Boosting          a boosted ensemble's training and test error per round
//   Figure+BiasVariance      bias², variance and noise against complexity; one complexity's fits
//   Figure+Distribution      histograms (e.g. of weights) and bar charts
//
// Every input a lesson can get wrong (an empty history, a 3-D data set, a model with 5 inputs)
// throws `FigureError` with a message naming what was expected; nothing here traps. Errors that
// MLCore itself reports (a ROC curve without negatives, say) pass through as `MLError`.
