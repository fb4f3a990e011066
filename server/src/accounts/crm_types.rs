//! The kinds of CRM a workspace can be set up as at onboarding (the frontend's list: its ids,
//! names and the pipeline it proposes for each). A kind only picks the first stages; the
//! pipeline stays the workspace's to change.

/// A kind of CRM and the pipeline it starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CrmType {
    /// The frontend's `crmTypeId`.
    pub id: &'static str,
    /// Its display name.
    pub name: &'static str,
    /// The stages it starts with, in order (1-based).
    pub stages: &'static [&'static str],
}

/// Every kind, in the frontend's order.
pub const CRM_TYPES: [CrmType; 6] = [
    CrmType {
        id: "software-company",
        name: "Software Company",
        stages: &["Lead", "Qualified", "Proposal", "Negotiation", "Won"],
    },
    CrmType {
        id: "dentist",
        name: "Dentist",
        stages: &["Inquiry", "Consultation", "Treatment Plan", "Completed"],
    },
    CrmType {
        id: "education-institute",
        name: "Education Institute",
        stages: &["Lead", "Application", "Enrollment", "Onboarded"],
    },
    CrmType {
        id: "doctor",
        name: "Doctor",
        stages: &["New Patient", "Consult", "Follow-up", "Closed"],
    },
    CrmType {
        id: "barber",
        name: "Barber",
        stages: &["First Visit", "Repeat", "VIP"],
    },
    CrmType {
        id: "other",
        name: "Other",
        stages: &["Lead", "Qualified", "Proposal", "Negotiation", "Won"],
    },
];

/// The kind named `id`.
pub fn find(id: &str) -> Option<&'static CrmType> {
    CRM_TYPES.iter().find(|kind| kind.id == id)
}

/// The known ids, for the 400 that names them: `software-company, dentist, …`.
pub fn known_ids() -> String {
    CRM_TYPES.map(|kind| kind.id).join(", ")
}
