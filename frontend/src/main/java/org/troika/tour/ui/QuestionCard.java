package org.troika.tour.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Locale;
import java.util.stream.IntStream;
import org.troika.tour.LocalizedText;
import org.troika.tour.TourQuestion;

/**
 * One question of a step. For a trainer: the options with the right one marked, the answer and the notes.
 * For a learner: the options to choose from and, once chosen, whether rightly; the answer and its reason follow a
 * right choice, the notes never show. An open question shows its answer to trainers only.
 */
final class QuestionCard extends Div {

    final Paragraph prompt = new Paragraph();
    final RadioButtonGroup<Integer> choice = new RadioButtonGroup<>();
    final OrderedList options = new OrderedList();
    final Paragraph verdict = new Paragraph();
    final Paragraph answer = new Paragraph();
    final Paragraph notes = new Paragraph();

    private final TourQuestion question;
    private final Locale locale;

    QuestionCard(TourQuestion question, int number, PlayerMode mode, Locale locale) {
        this.question = question;
        this.locale = locale;
        addClassName("tour-question");
        prompt.addClassName("tour-question-prompt");
        prompt.setText(getTranslation(locale, "tours.question", number) + " " + text(question.prompt()));
        add(prompt);
        answer.addClassName("tour-question-answer");
        answer.setText(getTranslation(locale, "tours.answer") + " " + text(question.answer()));
        notes.addClassName("tour-question-notes");
        notes.setText(question.notes() == null ? "" : getTranslation(locale, "tours.notes") + " " + text(question.notes()));
        verdict.addClassName("tour-question-verdict");
        verdict.setVisible(false);
        if (mode == PlayerMode.TRAINER) {
            if (question.kind() == TourQuestion.Kind.CHOICE) {
                IntStream.range(0, question.options().size()).forEach(index -> {
                    var option = new ListItem(text(question.options().get(index)));
                    if (index == question.correctOption()) {
                        option.addClassName("tour-option-correct");
                        option.add(new Span(" ✓ " + getTranslation(locale, "tours.correct-option")));
                    }
                    options.add(option);
                });
                add(options);
            }
            add(answer);
            if (question.notes() != null) {
                add(notes);
            }
        } else if (question.kind() == TourQuestion.Kind.CHOICE) {
            choice.setItems(IntStream.range(0, question.options().size()).boxed().toList());
            choice.setItemLabelGenerator(index -> text(question.options().get(index)));
            choice.addValueChangeListener(change -> judge(change.getValue()));
            answer.setVisible(false);
            add(choice, verdict, answer);
        }
    }

    /** Whether the learner's choice is the right one; null until a choice is made or for an open question. */
    Boolean answeredRightly() {
        return choice.getValue() == null ? null : choice.getValue().equals(question.correctOption());
    }

    private void judge(Integer chosen) {
        verdict.removeClassNames("tour-verdict-right", "tour-verdict-wrong");
        if (chosen == null) {
            verdict.setVisible(false);
            answer.setVisible(false);
            return;
        }
        boolean right = chosen.equals(question.correctOption());
        verdict.setText(getTranslation(locale, right ? "tours.verdict.right" : "tours.verdict.wrong"));
        verdict.addClassName(right ? "tour-verdict-right" : "tour-verdict-wrong");
        verdict.setVisible(true);
        answer.setVisible(right);
    }

    private String text(LocalizedText text) {
        return text == null ? "" : text.in(locale);
    }
}
