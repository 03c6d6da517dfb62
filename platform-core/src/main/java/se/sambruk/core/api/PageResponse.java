package se.sambruk.core.api;

import java.util.List;


/** One page of a list, with where it lies in the whole. */
record PageResponse<T>(List<T> content, PageMetadata page) {

    record PageMetadata(int number, int size, long totalElements, int totalPages) {
    }
}
