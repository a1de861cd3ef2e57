package cn.zugong.core.cadre.infrastructure.lrmx;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The JDK's XML parser and serializer, locked down for files from outside: a document type
 * declaration is refused outright, so no entity can be declared, expanded or fetched (XXE and
 * entity expansion are impossible), and nothing external is ever loaded.
 */
final class SecureXml {

    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);

    private SecureXml() {}

    /**
     * Parses a document from text; malformed XML throws with its line and column, as one of three
     * cases the user is told in words (the parser's own text is English or the server's language):
     * a document type declaration, a file that ends too early, any other malformation.
     */
    static Document parse(String file, String xml) {
        try {
            return builder().parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw new InterchangeException(
                    InterchangeProblem.of(file, kind(xml, e), e.getLineNumber(), e.getColumnNumber()));
        } catch (SAXException | IOException e) {
            throw new InterchangeException(InterchangeProblem.of(file, ProblemKey.XML, 0, 0));
        }
    }

    private static ProblemKey kind(String xml, SAXParseException e) {
        if (DOCTYPE.matcher(xml).find()) {
            return ProblemKey.XML_DOCTYPE;
        }
        return endsAt(xml.stripTrailing(), e.getLineNumber(), e.getColumnNumber())
                ? ProblemKey.XML_TRUNCATED
                : ProblemKey.XML;
    }

    // Whether the parser stopped at (or past) the last character: the file ended before the document did.
    private static boolean endsAt(String text, int line, int column) {
        int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
        int lastLength = text.length() - text.lastIndexOf('\n') - 1;
        return line > lines || (line == lines && column > lastLength) || line < 0;
    }

    /** One element and its content as an XML fragment, without declaration. */
    static String fragment(Element element) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(element), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("the JDK cannot serialize a parsed element", e);
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(THROW);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }

    // The default handler prints every error to standard error before throwing.
    private static final ErrorHandler THROW = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
