// MLCore: the numerical core of lectern's neural-network lessons.
//
// Plain Swift, no dependencies, no knowledge of lessons: the interpreter's bridge exposes these
// types to lesson code one API per line, so the public surface is concrete types and enums.
// Everything a user can get wrong (shapes, arguments, data files) throws `MLError`; every random
// draw takes a `seed:` or a `RandomGenerator`, so a lesson prints the same numbers on every machine.
//
// Map of the module (one concept per folder):
//
//   Support/     MLError — the one error type, messages that name both shapes or file:line.
//   Random/      RandomGenerator — xoshiro256** seeded by SplitMix64: uniform, normal, shuffle, choice.
//   Tensor/      Tensor — n-d Doubles, copy-on-write; broadcasting maths, reductions, rows,
//                transpose, concatenation, numpy-style printing; Gemm — the packed matmul engine.
//   Autodiff/    Value — micrograd-style scalar graph with backward(); ComputationGraph — nodes and
//                edges for drawing; GradientCheck — finite differences for Values, tapes, networks.
//   Autodiff/Tape/ Tape, Tracked — reverse-mode autodiff over whole tensors: every operation
//                records its backward step; layers, losses and training are built on it.
//   Network/     Dense, Dropout (Layer), Activation, Initializer, Parameter, Sequential / MLP:
//                forward passes recorded on a tape, no hand-written backward passes.
//   Losses/      Loss — MSE, binary/categorical cross-entropy (probabilities or logits), hinge,
//                zero-one, as tape operations.
//   Optimizers/  SGD (momentum, Nesterov), Adagrad, RMSprop, Adam as torch.optim documents them;
//                LearningRateSchedule; TestFunction — optimiser paths on 2-D surfaces.
//   Training/    Sequential.fit — mini-batches, validation, early stopping, L1/L2, max-norm;
//                TrainingHistory, EpochReport.
//   Metrics/     accuracy, confusion matrix, ROC curve, AUC — of predictions, or of any classifier.
//   Models/      Model, Classifier, Estimator, StagedClassifier: the protocols every model adopts
//                (Sequential too), so metrics and figures take any of them; shared input checks.
//   Trees/       CART: DecisionTree, RegressionTree (presorted exact splits, Gini / entropy /
//                squared error, feature importances, text).
//   Forests/     RandomForest: bagging, √features per split, out-of-bag score, trees on all cores.
//   Boosting/    AdaBoost (SAMME), GradientBoosting (log-loss, histogram split finding).
//   Regression/  PolynomialRegression by QR least squares.
//   Experiments/ BiasVariance: bias², variance and noise over resampled training sets.
//   Unsupervised/ KMeans (k-means++ seeding, the elbow), PCA (explained variance, projection).
//   Reinforcement/ Environment (GridWorld, Chain, CartPole), Returns, ValueIteration, QLearning,
//                DQN with its ReplayBuffer and target network.
//   Data/        Dataset, Datasets (blobs, XOR, moons, circles, spirals, sine), Standardizer, CSV.
//
// A lesson reads like this:
//
//     let data = try Datasets.moons(count: 500, noise: 0.2, seed: 1)
//     let (train, validation) = try data.split(0.8, seed: 2)
//     let model = try MLP([2, 16, 16, 1], activation: .relu, output: .sigmoid, seed: 3)
//     let history = try model.fit(train, loss: .binaryCrossEntropy, optimizer: Adam(learningRate: 0.01),
//                                 epochs: 100, batchSize: 32, validation: validation)
