package org.rnnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rnnlab.data.CsvFixtures.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which column is the time column when none is named, and the reason the table gives for it. */
class TimeColumnDetectionTest {

    @TempDir
    Path dir;

    private TimeSeriesTable load(String csv) {
        return CsvLoader.load(write(dir, csv));
    }

    private TimeSeriesTable load(String csv, CsvOptions options) {
        return CsvLoader.load(write(dir, csv), options);
    }

    @Test
    void integerColumnNamedLikeATimeAxis_withAConstantStep_isTheTimeColumn() {
        TimeSeriesTable t = load("year,trappings\n1821,269\n1822,321\n1823,585\n");
        assertEquals(Optional.of("year"), t.timeColumn());
        assertEquals(List.of("trappings"), t.featureNames());
        assertEquals(Optional.of("integers 1821…1823 step 1, named like a time axis"), t.timeColumnReason());
        assertEquals(Optional.of(List.of("1821", "1822", "1823")), t.timeLabels());
        TimeAxis axis = t.timeAxis().orElseThrow();
        assertEquals(TimeAxis.Frequency.ANNUAL, axis.frequency());
        assertEquals(List.of("1824", "1825"), axis.next(2));
    }

    @Test
    void timeAxisNames_matchInAnyCase_andInAnyPosition() {
        TimeSeriesTable t = load("v,Day\n5,2\n7,4\n6,6\n");
        assertEquals(Optional.of("Day"), t.timeColumn());
        assertEquals(List.of("v"), t.featureNames());
        assertEquals(Optional.of("integers 2…6 step 2, named like a time axis"), t.timeColumnReason());
        for (String name : List.of("YR", "t", "TIME", "index", "Period", "date", "quarter", "month")) {
            assertEquals(Optional.of(name), load("v," + name + "\n5,1\n7,2\n6,3\n").timeColumn(), name);
        }
    }

    @Test
    void firstColumn_withAConstantIntegerStep_isTheTimeColumn_whateverItsName() {
        TimeSeriesTable t = load("n,v\n10,1.5\n20,2.5\n30,3.5\n");
        assertEquals(Optional.of("n"), t.timeColumn());
        assertEquals(Optional.of("integers 10…30 step 10, the first column"), t.timeColumnReason());
        assertEquals(List.of("v"), t.targetNames());
    }

    @Test
    void integerFeature_thatIsNeitherFirstNorNamedLikeTime_staysAFeature() {
        TimeSeriesTable t = load("v,count\n5,1\n7,2\n6,3\n");
        assertEquals(Optional.empty(), t.timeColumn());
        assertEquals(List.of("v", "count"), t.featureNames());
        assertEquals(Optional.of("no column of labels, and no integer column that steps like a time axis"),
                t.timeColumnReason());
    }

    @Test
    void namedColumn_withoutAConstantStep_staysAFeature() {
        assertEquals(List.of("year", "v"), load("year,v\n1821,1\n1822,2\n1824,3\n").featureNames());
        assertEquals(List.of("year", "v"), load("year,v\n1823,1\n1822,2\n1821,3\n").featureNames());
        assertEquals(List.of("year", "v"), load("year,v\n1821,1\n1821,2\n1821,3\n").featureNames());
        assertEquals(List.of("v", "t"), load("v,t\n1,3\n3,5\n2,4\n").featureNames());
    }

    @Test
    void decimalsAndExponents_areMeasurements_notIntegerLabels() {
        assertEquals(List.of("year", "v"), load("year,v\n1821.0,1\n1822.0,2\n1823.0,3\n").featureNames());
        assertEquals(List.of("t", "v"), load("t,v\n1e0,1\n2e0,2\n3e0,3\n").featureNames());
    }

    @Test
    void fewerThanThreeRows_orTheOnlyColumn_orAnEmptyCell_isNotTakenAsTime() {
        assertEquals(List.of("year", "v"), load("year,v\n1821,1\n1822,2\n").featureNames());
        assertEquals(List.of("t"), load("t\n1\n2\n3\n").featureNames());
        assertEquals(List.of("t", "v"), load("t,v\n1,1\n,2\n3,3\n",
                CsvOptions.defaults().withMissingValues(MissingValuePolicy.DROP)).featureNames());
    }

    @Test
    void columnNamedAsFeatureOrTarget_isNotTakenAsTime() {
        String csv = "t,v\n1,10\n2,20\n3,30\n";
        TimeSeriesTable asTarget = load(csv, CsvOptions.defaults().withTargets(ColumnRef.byName("t")));
        assertEquals(Optional.empty(), asTarget.timeColumn());
        assertEquals(List.of("t"), asTarget.targetNames());
        TimeSeriesTable asFeature = load(csv, CsvOptions.defaults().withFeatures(ColumnRef.byIndex(1)));
        assertEquals(Optional.empty(), asFeature.timeColumn());
        assertEquals(List.of("t"), asFeature.featureNames());
    }

    @Test
    void columnWithoutNumbers_comesBeforeAnIntegerTimeAxis() {
        TimeSeriesTable t = load("t,month,v\n1,1949-01,5\n2,1949-02,6\n3,1949-03,7\n");
        assertEquals(Optional.of("month"), t.timeColumn());
        assertEquals(Optional.of("the first column without numbers"), t.timeColumnReason());
        assertEquals(List.of("t", "v"), t.featureNames());
    }

    @Test
    void declaredAbsent_keepsEveryColumnAsAFeature_andANamedColumnIsTakenAsIs() {
        String csv = "year,v\n1821,1\n1822,2\n1823,3\n";
        TimeSeriesTable none = load(csv, CsvOptions.defaults().withoutTimeColumn());
        assertEquals(List.of("year", "v"), none.featureNames());
        assertEquals(Optional.of("declared absent"), none.timeColumnReason());
        TimeSeriesTable named = load("v,when\n1,7\n2,3\n3,9\n",
                CsvOptions.defaults().withTimeColumn(ColumnRef.byName("when")));
        assertEquals(Optional.of("when"), named.timeColumn());
        assertEquals(Optional.of("named explicitly"), named.timeColumnReason());
    }
}
