package se.sambruk.core.api;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** One page of a list, with where it lies in the whole. */
record PageResponse<T>(List<T> content, PageMetadata page) {

    record PageMetadata(int number, int size, long totalElements, int totalPages) {
    }

    static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(),
                new PageMetadata(page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages()));
    }
}
