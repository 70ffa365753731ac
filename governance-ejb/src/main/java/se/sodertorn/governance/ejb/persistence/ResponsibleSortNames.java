package se.sodertorn.governance.ejb.persistence;

import jakarta.persistence.EntityManager;

/**
 * Renews the responsible's sort name kept on activities ({@code Activity.responsibleSortName}) after the register
 * renamed a body, person or municipality, in the same transaction as the rename.
 */
final class ResponsibleSortNames {

    private ResponsibleSortNames() {
    }

    /**
     * @param path        the activity's association: responsibleBody, responsiblePerson or responsibleMunicipality
     * @param responsible the renamed body, person or municipality (already saved)
     * @param sortName    its sort name now
     */
    static void renew(EntityManager em, String path, Object responsible, String sortName) {
        em.createQuery("update Activity a set a.responsibleSortName = :name where a." + path + " = :responsible"
                        + " and (a.responsibleSortName is null or a.responsibleSortName <> :name)")
                .setParameter("name", sortName)
                .setParameter("responsible", responsible)
                .executeUpdate();
    }
}
