package se.sambruk.core.councils;

import org.springframework.data.jpa.repository.JpaRepository;

interface CouncilSettingsRepository extends JpaRepository<CouncilSettings, Long> {
}
