package schema

import (
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
)

func init() {
	register(&Entity{Name: rbac.EntityCompanies, Singular: "company", TitleFields: []string{"name"}, Subtitle: []string{"domain", "region"},
		Def: model.EntityDef{Label: "Company", LabelPlural: "Companies", TitleField: "name"},
		Fields: []Field{
			field("name", "Name", model.FieldText, required, sortable, inList, search),
			field("domain", "Domain", model.FieldText, filterable, inList, search),
			field("industry", "Industry", model.FieldEnum, options(industries...), sortable, inList),
			field("size", "Size", model.FieldEnum, options("1-10", "11-50", "51-200", "201-1000", "1000+"), sortable),
			field("region", "Region", model.FieldEnum, options(regions...), sortable, inList),
			field("address", "Address", model.FieldText, search),
			field("phone", "Phone", model.FieldPhone, filterable, search),
			field("customerType", "Customer type", model.FieldEnum, options("prospect", "customer", "partner"), sortable, inList),
			field("annualRevenue", "Annual revenue", model.FieldMoney, sensitive, sortable),
			externalID(),
		}})
	register(&Entity{DataSubject: true, Name: rbac.EntityContacts, Singular: "contact", TitleFields: []string{"firstName", "lastName"}, Subtitle: []string{"title", "email"},
		Def: model.EntityDef{Label: "Contact", LabelPlural: "Contacts", TitleField: "lastName"},
		Fields: []Field{
			field("firstName", "First name", model.FieldText, sortable, inList, search, personal),
			field("lastName", "Last name", model.FieldText, required, sortable, inList, search, personal),
			field("title", "Job title", model.FieldText, sortable, search, personal),
			field("companyId", "Company", model.FieldRef, ref("companies"), inList),
			field("email", "Email", model.FieldEmail, sortable, inList, search, personal),
			field("email2", "Other email", model.FieldEmail, search, personal),
			field("phone", "Phone", model.FieldPhone, filterable, inList, search, personal),
			field("personalPhone", "Personal phone", model.FieldPhone, sensitive, personal),
			field("address", "Address", model.FieldText, search, personal),
			field("region", "Region", model.FieldEnum, options(regions...), sortable, inList),
			field("source", "Source", model.FieldEnum, options(sources...), sortable),
			field("marketingOptIn", "Marketing opt-in", model.FieldBool, personal),
			field("optInDate", "Opt-in date", model.FieldDate, sortable, personal),
			field("tags", "Tags", model.FieldTags, filterable, search, personal),
			externalID(),
		}})
	register(&Entity{DataSubject: true, Name: rbac.EntityLeads, Singular: "lead", TitleFields: []string{"firstName", "lastName"}, Subtitle: []string{"companyName", "status"},
		Def: model.EntityDef{Label: "Lead", LabelPlural: "Leads", TitleField: "lastName"},
		Fields: []Field{
			field("firstName", "First name", model.FieldText, sortable, inList, search, personal),
			field("lastName", "Last name", model.FieldText, required, sortable, inList, search, personal),
			field("email", "Email", model.FieldEmail, sortable, inList, search, personal),
			field("phone", "Phone", model.FieldPhone, filterable, search, personal),
			field("companyName", "Company", model.FieldText, sortable, inList, search),
			field("title", "Job title", model.FieldText, search, personal),
			field("source", "Source", model.FieldEnum, options(sources...), sortable, inList),
			field("campaign", "Campaign", model.FieldText, sortable, search),
			field("status", "Status", model.FieldEnum, options("new", "working", "qualified", "unqualified", "converted"), sortable, inList),
			field("convertedContactId", "Converted contact", model.FieldRef, ref("contacts"), readOnly),
			field("convertedCompanyId", "Converted company", model.FieldRef, ref("companies"), readOnly),
			field("convertedDealId", "Converted deal", model.FieldRef, ref("deals"), readOnly),
			field("convertedAt", "Converted at", model.FieldDateTime, readOnly, sortable),
			externalID(),
		}})
	register(&Entity{Name: rbac.EntityDeals, Singular: "deal", TitleFields: []string{"name"}, Subtitle: []string{"product", "outcome"},
		Def: model.EntityDef{Label: "Deal", LabelPlural: "Deals", TitleField: "name"},
		Fields: []Field{
			field("name", "Name", model.FieldText, required, sortable, inList, search),
			field("companyId", "Company", model.FieldRef, ref("companies"), inList),
			field("primaryContactId", "Primary contact", model.FieldRef, ref("contacts"), alsoIn("contactIds")),
			field("contactIds", "Contacts", model.FieldRefs, ref("contacts")),
			field("stageId", "Stage", model.FieldRef, ref(RefStages), sortable, inList),
			field("amount", "Amount", model.FieldMoney, sensitive, sortable, inList),
			field("currency", "Currency", model.FieldEnum, options(currencies...)),
			field("expectedClose", "Expected close", model.FieldDate, sortable, inList),
			field("product", "Product", model.FieldEnum, options(products...), sortable),
			field("region", "Region", model.FieldEnum, options(regions...), sortable),
			field("outcome", "Outcome", model.FieldEnum, options("open", "won", "lost"), sortable, inList),
			field("lostReason", "Lost reason", model.FieldText, search),
			field("closedAt", "Closed on", model.FieldDate, sortable),
			field("leadId", "Lead", model.FieldRef, ref("leads"), readOnly),
			externalID(),
		}})
	register(&Entity{Name: rbac.EntityActivities, Singular: "activity", TitleFields: []string{"subject"}, Subtitle: []string{"kind", "at"},
		Def: model.EntityDef{Label: "Activity", LabelPlural: "Activities", TitleField: "subject"},
		Fields: []Field{
			field("kind", "Kind", model.FieldEnum, required, options("call", "meeting", "email", "note"), sortable, inList),
			field("subject", "Subject", model.FieldText, required, sortable, inList, search, personal),
			field("at", "When", model.FieldDateTime, sortable, inList),
			field("outcome", "Outcome", model.FieldText, search, personal),
			field("notes", "Notes", model.FieldLongText, search, personal),
			field(RelatedEntityField, "Related to", model.FieldEnum, options(relatedEntities...)),
			field("relatedId", "Related record", model.FieldRef, ref(RefAny)),
		}})
	register(&Entity{Name: rbac.EntityTasks, Singular: "task", TitleFields: []string{"title"}, Subtitle: []string{"status", "due"},
		Def: model.EntityDef{Label: "Task", LabelPlural: "Tasks", TitleField: "title"},
		Fields: []Field{
			field("title", "Title", model.FieldText, required, sortable, inList, search, personal),
			field("assigneeId", "Assignee", model.FieldRef, ref(RefUsers), inList),
			field("due", "Due", model.FieldDate, sortable, inList),
			field("priority", "Priority", model.FieldEnum, options("low", "normal", "high", "urgent"), sortable, inList),
			field("status", "Status", model.FieldEnum, options("open", "in_progress", "done"), sortable, inList),
			field(RelatedEntityField, "Related to", model.FieldEnum, options(relatedEntities...)),
			field("relatedId", "Related record", model.FieldRef, ref(RefAny)),
		}})
}
