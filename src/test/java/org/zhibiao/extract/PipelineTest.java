package org.zhibiao.extract;

import org.junit.jupiter.api.Test;
import org.zhibiao.text.Normalizer;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pipeline's contract: visible order, declared inputs checked at construction, annotations never replaced. */
class PipelineTest {

    @Test
    void theEngineRunsItsStepsInTheDocumentedOrder() {
        assertThat(Extractor.loadDefault().steps()).extracting(Step::name).containsExactly("normalise", "names", "document frame",
                "passages", "clause frame", "lexicon", "quantities", "assembly", "merge");
    }

    @Test
    void aStepThatReadsWhatNoEarlierStepAddsIsRefusedAtConstruction() {
        Step readsFrame = new Steps.PassagesStep(Phrases.loadDefault());
        assertThatThrownBy(() -> new Pipeline(List.of(new Steps.Normalise(), readsFrame)))
                .hasMessageContaining("passages").hasMessageContaining("document frame");
    }

    @Test
    void workingAnnotationsAreReleasedAfterTheLastStepThatReadsThemAndTheResultsKept() {
        Extractor engine = Extractor.loadDefault();
        Pipeline pipeline = new Pipeline(engine.steps());
        Annotated doc = pipeline.run(new Annotated(new Normalizer().normalize(
                "政府工作报告\n过去一年,全县地区生产总值完成129亿元,增长3.1%。今年地区生产总值增长7%以上。")));
        assertThat(doc.has(Keys.CHARS)).isFalse();
        assertThat(doc.has(Keys.NAMES)).isFalse();
        assertThat(doc.get(Keys.FIGURES)).isNotEmpty();
        assertThat(doc.has(Keys.FRAME) && doc.has(Keys.PASSAGES) && doc.has(Keys.QUANTITIES)).isTrue();

        // released after the last step that reads it, not before: each step in turn finds it
        List<String> sawChars = new java.util.ArrayList<>();
        Step reads = new Step() {
            public String name() {
                return "reads chars";
            }

            public Set<Key<?>> requires() {
                return Set.of(Keys.CHARS);
            }

            public Set<Key<?>> adds() {
                return Set.of();
            }

            public void annotate(Annotated d) {
                sawChars.add(new String(d.get(Keys.CHARS)));
            }
        };
        Annotated small = new Pipeline(List.of(new Steps.Normalise(), reads, reads)).run(
                new Annotated(new Normalizer().normalize("增长5%")));
        assertThat(sawChars).containsExactly("增长5%", "增长5%");
        assertThat(small.has(Keys.CHARS)).isFalse();
        assertThatThrownBy(() -> small.get(Keys.CHARS)).hasMessageContaining("released");
        assertThatThrownBy(() -> small.release(Keys.TEXT)).hasMessageContaining("kept");
    }

    @Test
    void anAnnotationIsNeverReplaced() {
        Annotated doc = new Annotated(new Normalizer().normalize("全县地区生产总值增长5%。"));
        doc.put(Keys.TEXT, "a");
        assertThatThrownBy(() -> doc.put(Keys.TEXT, "b")).hasMessageContaining("already");
        assertThat(doc.get(Keys.TEXT)).isEqualTo("a");
    }

    @Test
    void aStepThatForgetsWhatItPromisedFails() {
        Step lazy = new Step() {
            public String name() {
                return "lazy";
            }

            public Set<Key<?>> requires() {
                return Set.of();
            }

            public Set<Key<?>> adds() {
                return Set.of(Keys.TEXT);
            }

            public void annotate(Annotated doc) {
            }
        };
        Annotated doc = new Annotated(new Normalizer().normalize("x"));
        assertThatThrownBy(() -> new Pipeline(List.of(lazy)).run(doc)).hasMessageContaining("did not add");
    }

    @Test
    void eachStepIsTimed() {
        Extractor e = Extractor.loadDefault();
        long[] nanos = new long[e.steps().size()];
        e.read(new Normalizer().normalize("2023年某县政府工作报告\n全县地区生产总值增长5%。"), (i, n) -> nanos[i] += n);
        assertThat(java.util.Arrays.stream(nanos).boxed().toList()).allSatisfy(n -> assertThat(n).isPositive());
    }
}
