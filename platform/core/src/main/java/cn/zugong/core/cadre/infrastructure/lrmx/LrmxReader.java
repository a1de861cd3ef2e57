package cn.zugong.core.cadre.infrastructure.lrmx;

import cn.zugong.core.cadre.domain.form.AppointmentForm;
import cn.zugong.core.cadre.domain.form.AppointmentForm.Relative;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads one .lrmx file (the form software 3.x) into an {@link AppointmentForm}.
 *
 * <p>The file must be XML with the root {@code <Person>}, in UTF-8 or in the GBK family its
 * declaration names ({@link TextDecoding#lrmx}). Form dates may be written {@code YYYYMM},
 * {@code YYYYMMDD}, {@code YYYY.MM} or {@code YYYY.MM.DD}; the form returned has them in digits. Values are taken without
 * surrounding blanks; a missing element reads as empty text. Direct children of {@code <Person>}
 * the model does not know are kept, serialized, in {@link AppointmentForm#unknownElements()} in
 * their order. Encoding and XML errors stop the reading at once; after that, every content problem
 * of the file is collected (see {@link FormValidator} and {@link Photos}) and the file is refused
 * with all of them.
 */
public final class LrmxReader {

    static final String ROOT = "Person";
    static final String ITEM = "Item";

    private final InterchangeLimits limits;

    public LrmxReader() {
        this(InterchangeLimits.DEFAULT);
    }

    public LrmxReader(InterchangeLimits limits) {
        this.limits = limits;
    }

    /**
     * The form held by a file.
     *
     * @param file the file's name, for the problems
     * @throws InterchangeException with every problem found, when the file is refused
     */
    public AppointmentForm read(String file, byte[] bytes) {
        limits.checkFileSize(file, bytes.length);
        Document document = SecureXml.parse(file, TextDecoding.lrmx(file, bytes));
        Element person = document.getDocumentElement();
        if (!ROOT.equals(person.getLocalName())) {
            throw new InterchangeException(InterchangeProblem.of(file, ProblemKey.ROOT, person.getTagName()));
        }
        List<InterchangeProblem> problems = new ArrayList<>();
        Map<LrmxField, String> text = new EnumMap<>(LrmxField.class);
        List<Relative> family = new ArrayList<>();
        String photoText = "";
        List<String> unknown = new ArrayList<>();
        for (Element element : children(person)) {
            Optional<LrmxField> known = LrmxField.named(element.getLocalName());
            if (known.isEmpty() || element.getNamespaceURI() != null) {
                unknown.add(SecureXml.fragment(element));
                continue;
            }
            LrmxField field = known.get();
            if (text.containsKey(field)) {
                problems.add(InterchangeProblem.of(file, field.element(), ProblemKey.REPEATED, field.element()));
            }
            // Family and photo are entered too (empty), so that a repeated one is caught.
            text.put(field, field.isText() ? value(element) : "");
            if (field == LrmxField.JIA_TING_CHENG_YUAN) {
                family = family(element);
            } else if (field == LrmxField.ZHAO_PIAN) {
                photoText = element.getTextContent();
            }
        }
        byte[] photo = Photos.fromBase64(file, photoText, limits, problems);
        AppointmentForm form = LrmxField.form(text, family, photo, unknown);
        problems.addAll(FormValidator.validate(file, form));
        if (!problems.isEmpty()) {
            throw new InterchangeException(problems);
        }
        return LrmxField.form(FormDates.normalized(text), FormDates.normalizedFamily(family), photo, unknown);
    }

    private static List<Relative> family(Element container) {
        List<Relative> family = new ArrayList<>();
        for (Element item : children(container)) {
            if (!ITEM.equals(item.getLocalName())) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (Element cell : children(item)) {
                values.putIfAbsent(cell.getLocalName(), value(cell));
            }
            List<String> row = LrmxField.ITEM_ELEMENTS.stream()
                    .map(name -> values.getOrDefault(name, ""))
                    .toList();
            family.add(new Relative(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4)));
        }
        return family;
    }

    private static String value(Element element) {
        return element.getTextContent().strip();
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }
}
