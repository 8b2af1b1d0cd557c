package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rnnlab.cli.Cli.assertRejected;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input {@code rnnlab train} rejects: one line naming the option, or the file, line and
 * column, exit code 2, no stack trace.
 */
class TrainRejectsTest {

    @TempDir
    Path dir;

    private Cli.Run train(String... more) {
        return Cli.train(Cli.AIRLINE, dir.resolve("out"), more);
    }

    private Cli.Run trainOn(String content, String... more) {
        return Cli.train(Cli.write(dir, "bad.csv", content), dir.resolve("out"), more);
    }

    private String bad() {
        return dir.resolve("bad.csv").toString();
    }

    // options

    @Test
    void missingData() {
        assertRejected(Cli.run("train"), "Missing required option: '--data=FILE'", "rnnlab train --help");
    }

    @Test
    void unknownCell() {
        assertRejected(train("--cell", "transformer"), "--cell", "unknown cell 'transformer'; expected one of rnn, lstm, gru");
    }

    @Test
    void unknownNorm() {
        assertRejected(train("--norm", "batch"), "--norm", "unknown norm 'batch'; expected one of none, layer");
    }

    @Test
    void layerNormOnOneHiddenUnit() {
        // not through train(...): its tiny options give --hidden already, and a second one would open a second option group
        assertRejected(Cli.run("train", "--data", Cli.AIRLINE.toString(), "--out", dir.resolve("out").toString(), "--norm",
                "layer", "--hidden", "1"),
                "--hidden: norm layer needs hiddenSize >= 2 (one unit normalises to 0), got 1");
    }

    private Cli.Run trainWithModel(String... model) {
        // the model options in one run, as a user types them (TINY's --hidden would open a second group)
        String[] args = new String[] {"train", "--data", Cli.AIRLINE.toString(), "--out", dir.resolve("out").toString(),
                "--epochs", "1"};
        return Cli.run(java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(model))
                .toArray(String[]::new));
    }

    @Test
    void highwayLongerThanTheWindow() {
        assertRejected(trainWithModel("--hidden", "4", "--highway", "13", "--window", "12"),
                "--highway must be between 1 and 12 (the window), got 13");
    }

    @Test
    void highwayLongerThanTheLastTruncatedChunk() {
        assertRejected(trainWithModel("--hidden", "4", "--highway", "6", "--window", "12", "--bptt-truncation", "5"),
                "--highway must be between 1 and 2 (the last --bptt-truncation chunk), got 6");
    }

    @Test
    void highwayNotANumber() {
        assertRejected(trainWithModel("--hidden", "4", "--highway", "all"),
                "rnnlab: error: --highway: expected a number of steps, window, auto or none, got 'all'");
    }

    @Test
    void highwayWithManyToMany() {
        assertRejected(trainWithModel("--hidden", "4", "--highway", "window", "--many-to-many"),
                "--highway window needs a target after the window's last step; leave out --many-to-many or --highway");
    }

    @Test
    void twoClippingRules() {
        assertRejected(train("--clip-norm", "1", "--clip-value", "2"), "--clip-norm=X", "--clip-value=X", "mutually exclusive");
    }

    @Test
    void clippingThresholdNotPositive() {
        assertRejected(train("--clip-norm", "0"), "--clip-norm: clipping threshold must be > 0, got 0.0");
    }

    @Test
    void splitWithTwoFractions() {
        assertRejected(train("--split", "0.8,0.2"), "--split", "expected three fractions train,validation,test");
    }

    @Test
    void splitNotSummingToOne() {
        assertRejected(train("--split", "0.5,0.3,0.3"), "--split", "must sum to 1");
    }

    @Test
    void splitWithText() {
        assertRejected(train("--split", "0.7,x,0.15"), "--split", "'x' in '0.7,x,0.15' is not a number");
    }

    @Test
    void ruleOrAutoWithOtherTransforms() {
        assertRejected(train("--transform", "rule,log"), "--transform", "rule chooses the transforms itself; give rule alone");
        assertRejected(train("--transform", "auto,diff"), "--transform", "auto chooses the transforms itself; give auto alone");
    }

    @Test
    void ensembleOfZero() {
        assertRejected(train("--ensemble", "0"), "--ensemble must be >= 1, got 0");
    }

    @Test
    void unknownTransform() {
        assertRejected(train("--transform", "sqrt"), "--transform", "unknown transform 'sqrt'; expected auto, rule, or a list of none, log, sdiff and diff");
    }

    @Test
    void unknownScaling() {
        assertRejected(train("--scale", "robust"), "--scale", "unknown scaling 'robust'; expected one of zscore, minmax, none");
    }

    @Test
    void unknownMissingValuePolicy() {
        assertRejected(train("--missing", "zero"), "--missing",
                "unknown missing-value policy 'zero'; expected one of error, drop, ffill, interpolate");
    }

    @Test
    void unknownDelimiter() {
        assertRejected(train("--delimiter", "pipe"), "--delimiter", "expected one of auto, comma, semicolon, tab");
    }

    @Test
    void decimalCommaWithCommaDelimiter() {
        assertRejected(train("--decimal-comma", "--delimiter", "comma"), "--decimal-comma cannot go with --delimiter comma");
    }

    @Test
    void misspelledOptionsAndCommands_areNamedOnTheirOwn_withWhatTheyMayHaveMeant() {
        String err = assertRejected(train("--epoch", "20"), "unknown option '--epoch' (did you mean --epochs?)",
                "(see 'rnnlab train --help')");
        assertTrue(!err.contains("'20'"), "the value is no option: " + err);
        assertRejected(train("--epochss=3"), "unknown option '--epochss' (did you mean --epochs?)");
        assertRejected(Cli.run("forecast", "--step", "3", "--model", "m", "--data", "d"),
                "unknown option '--step' (did you mean --steps?)", "(see 'rnnlab forecast --help')");
        assertRejected(Cli.run("forcast", "--steps", "3"), "unknown command 'forcast' (did you mean forecast?)");
        assertRejected(train("extra"), "unexpected argument 'extra' (options are named, as --name value)");
    }

    @Test
    void unknownDateOrder() {
        assertRejected(train("--date-order", "dmy"), "--date-order: expected day-month or month-day, got 'dmy'");
    }

    @Test
    void windowZero() {
        assertRejected(train("--window", "0"), "--window: window must be >= 1, got 0");
    }

    @Test
    void horizonZero() {
        assertRejected(train("--horizon", "0"), "--horizon: horizon must be >= 1, got 0");
    }

    @Test
    void strideZero() {
        assertRejected(train("--stride", "0"), "--stride: stride must be >= 1, got 0");
    }

    @Test
    void seasonZero() {
        assertRejected(train("--season", "0"), "--season must be >= 1, got 0");
    }

    @Test
    void windowTooLongForTheTrainingPart() {
        assertRejected(train("--window", "101"), Cli.AIRLINE + ": the training part has 101 usable rows (lines 2–102)",
                "window 101 + horizon 1 needs at least 102 rows, since training windows lie inside the training part",
                "use a shorter window");
    }

    @Test
    void hiddenZero() {
        assertRejected(train("--hidden", "0"), "--hidden: hiddenSize must be >= 1, got 0");
    }

    @Test
    void activationOtherThanTanhForLstm() {
        assertRejected(train("--activation", "relu"), "--activation: activation relu applies only to rnn cells;"
                + " lstm uses sigmoid gates and tanh");
    }

    @Test
    void activationParameterForAFunctionWithout() {
        assertRejected(train("--cell", "rnn", "--activation", "relu", "--activation-param", "0.1"),
                "--activation-param: relu takes no parameter, got 0.1");
    }

    @Test
    void activationParameterOutOfRange() {
        assertRejected(train("--cell", "rnn", "--activation", "leaky_relu", "--alpha", "2"),
                "--activation-param: leaky_relu alpha must be in [0, 1), got 2.0");
    }

    @Test
    void unknownInitialisation() {
        assertRejected(train("--recurrent-init", "zeros"), "--recurrent-init", "unknown initialisation 'zeros'");
    }

    @Test
    void initScaleForAnInitialisationWithout() {
        assertRejected(train("--init", "he_uniform", "--init-scale", "2"),
                "--init-scale: he_uniform takes no parameter; leave --init-scale out");
    }

    @Test
    void negativeLearningRate() {
        assertRejected(train("--lr", "-1"), "--lr: learning rate must be > 0, got -1.0");
    }

    @Test
    void momentumOfOne() {
        assertRejected(train("--optimizer", "momentum", "--momentum", "1"), "--momentum: momentum must be in [0, 1), got 1.0");
    }

    @Test
    void unknownOptimizer() {
        assertRejected(train("--optimizer", "lbfgs"), "--optimizer", "unknown optimizer 'lbfgs'");
    }

    @Test
    void unknownSchedule() {
        assertRejected(train("--schedule", "linear"), "--schedule", "unknown schedule 'linear'; expected one of constant, step, cosine");
    }

    @Test
    void decayFactorAboveOne() {
        assertRejected(train("--schedule", "step", "--decay-factor", "2"),
                "--decay-factor: step decay factor must be in (0, 1], got 2.0");
    }

    @Test
    void unknownNonFinitePolicy() {
        assertRejected(train("--nonfinite", "ignore"), "--nonfinite", "expected one of error, skip, shrink");
    }

    @Test
    void truncationLongerThanTheWindow() {
        assertRejected(train("--bptt-truncation", "20"),
                "--bptt-truncation must be between 0 (full BPTT) and the window length 12, got 20");
    }

    @Test
    void epochsZero() {
        assertRejected(Cli.run("train", "--data", Cli.AIRLINE.toString(), "--epochs", "0"), "--epochs must be >= 1, got 0");
    }

    @Test
    void batchSizeZero() {
        assertRejected(train("--batch-size", "0"), "--batch-size must be >= 1, got 0");
    }

    @Test
    void negativePatience() {
        assertRejected(Cli.run("train", "--data", Cli.AIRLINE.toString(), "--patience", "-1"),
                "--patience must be >= 0 (0 trains every epoch), got -1");
    }

    @Test
    void nonNumericOptionValue() {
        assertRejected(train("--warmup", "ten"), "--warmup", "'ten' is not an int");
    }

    @Test
    void outIsAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertRejected(Cli.run("train", "--data", Cli.AIRLINE.toString(), "--out", file.toString()),
                "--out: " + file + " is a file, not a directory");
    }

    @Test
    void emptyTimeColumnName() {
        assertRejected(train("--time", ""), "--time: column must be a name or a 1-based index");
    }

    @Test
    void initFromWithAnArchitectureOption() {
        Cli.train(Cli.AIRLINE, dir.resolve("first")).expectSuccess();
        assertRejected(Cli.run("train", "--data", Cli.AIRLINE.toString(), "--out", dir.resolve("second").toString(),
                "--init-from", dir.resolve("first").toString(), "--hidden", "8"),
                "--hidden cannot go with --init-from", "leave --hidden out");
    }

    @Test
    void initFromAModelOfOtherShape() {
        Cli.train(Cli.AIRLINE, dir.resolve("first"), "--many-to-many").expectSuccess();
        assertRejected(Cli.run("train", "--data", Cli.AIRLINE.toString(), "--out", dir.resolve("second").toString(),
                "--init-from", dir.resolve("first").toString()),
                "model.json: --init-from: this model reads 1 inputs and predicts 1 targets (many_to_many)",
                "the data has 1 features and 1 targets (many_to_one)");
    }

    @Test
    void initFromAMissingFile() {
        assertRejected(Cli.run("train", "--data", Cli.AIRLINE.toString(), "--init-from",
                dir.resolve("nothing.json").toString()), "nothing.json: no such model file");
    }

    // data files: what the loader rejects reaches the user as FILE:LINE:COLUMN

    @Test
    void missingDataFile() {
        assertRejected(Cli.run("train", "--data", dir.resolve("absent.csv").toString()), "absent.csv: no such file; check the path");
    }

    @Test
    void emptyFile() {
        assertRejected(trainOn(""), bad() + ": the file is empty");
    }

    @Test
    void headerWithoutRows() {
        assertRejected(trainOn("month,value\n"), bad() + ":1: the file has a header", "but no data rows");
    }

    @Test
    void rowWithExtraField() {
        assertRejected(trainOn("month,value\n2000-01,1\n2000-02,2,3\n"), bad() + ":3:3: expected 2 fields", "found 3");
    }

    @Test
    void nonNumericValue() {
        assertRejected(trainOn("month,value\n2000-01,1\n2000-02,abc\n"), bad() + ":3:2: \"abc\" in column \"value\" is not a number");
    }

    @Test
    void emptyCell() {
        assertRejected(trainOn("month,a,b\n2000-01,1,2\n2000-02,,2\n"), bad() + ":3:2: empty value in column \"a\"",
                "choose a missing-value policy to repair missing values (--missing drop, ffill or interpolate)");
    }

    @Test
    void nanLiteral() {
        assertRejected(trainOn("month,value\n2000-01,1\n2000-02,NaN\n"), bad() + ":3:2:");
    }

    @Test
    void infinityLiteral() {
        assertRejected(trainOn("month,value\n2000-01,1\n2000-02,Infinity\n"), bad() + ":3:2:", "Infinity");
    }

    @Test
    void hexFloatLiteral() {
        assertRejected(trainOn("month,value\n2000-01,1\n2000-02,0x1p3\n"), bad() + ":3:2: \"0x1p3\"", "is not a number");
    }

    @Test
    void javaDoubleSuffix() {
        assertRejected(trainOn("month,value\n2000-01,1\n2000-02,1d\n"), bad() + ":3:2: \"1d\"", "is not a number");
    }

    @Test
    void duplicateColumnNames() {
        assertRejected(trainOn("month,v,v\n2000-01,1,2\n"), bad() + ":1:3: the column name \"v\" appears twice");
    }

    @Test
    void targetThatDoesNotExist() {
        assertRejected(train("--target", "pasengers"), Cli.AIRLINE + ":1: there is no column named \"pasengers\"",
                "the columns are \"month\", \"passengers\"");
    }

    @Test
    void featureIndexOutOfRange() {
        assertRejected(train("--features", "5"), Cli.AIRLINE + ":1: there is no column 5", "the file has 2 columns");
    }

    @Test
    void binaryFile() throws Exception {
        Files.write(dir.resolve("bad.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        assertRejected(Cli.train(dir.resolve("bad.csv"), dir.resolve("out")), bad());
    }

    @Test
    void notUtf8() throws Exception {
        Files.write(dir.resolve("bad.csv"), "month,v\n2000-01,1\nJ\u00e4n,2\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRejected(Cli.train(dir.resolve("bad.csv"), dir.resolve("out")), bad(), "UTF-8");
    }

    @Test
    void seriesTooShortForTheWindow() {
        assertRejected(trainOn(Cli.monthly(10), "--window", "12"), bad() + ": the series has 10 rows but window 12 + horizon 1 needs at"
                + " least 13 rows");
    }

    @Test
    void logOfANonPositiveValue() {
        String csv = Cli.monthly(80).replaceFirst("\n2000-03,[0-9.]+\n", "\n2000-03,0\n");
        assertRejected(trainOn(csv, "--transform", "log"), bad() + ":4:2: the log transform needs positive values");
    }
}
