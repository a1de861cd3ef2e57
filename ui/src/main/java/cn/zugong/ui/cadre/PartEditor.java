package cn.zugong.ui.cadre;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;

/**
 * How a tab edits one kind of part: its id prefix ({@code holding}, {@code family} ...), a new
 * blank part, a fresh form, the service calls that save and remove, and the refresh of the file.
 */
record PartEditor<T>(
        String part,
        SerializableSupplier<T> blank,
        SerializableSupplier<PartForm<T>> form,
        SerializableConsumer<T> save,
        SerializableConsumer<T> remove,
        SerializableRunnable refresh) {}
