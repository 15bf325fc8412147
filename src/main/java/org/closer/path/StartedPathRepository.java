package org.closer.path;

import org.springframework.data.jpa.repository.JpaRepository;

/** The links that started the path, by their key hash. */
interface StartedPathRepository extends JpaRepository<StartedPath, String> {
}
