package schema

import "fieldvault/backend/model"

// ErasedText replaces a required personal text field on erasure.
const ErasedText = "Erased"

// ErasedValues returns, for every Personal field of e, the value erasure
// writes (storage form): ErasedText for required text, an empty list for
// tags, false for booleans, "" otherwise. Empty when e has no personal field.
func (e *Entity) ErasedValues() map[string]any {
	out := map[string]any{}
	for i := range e.Fields {
		f := &e.Fields[i]
		if !f.Personal {
			continue
		}
		switch {
		case f.Type == model.FieldTags:
			out[f.Name] = []string{}
		case f.Type == model.FieldBool:
			out[f.Name] = false
		case f.Required:
			out[f.Name] = ErasedText
		default:
			out[f.Name] = ""
		}
	}
	return out
}

// AuditSubject returns the data subject whose key seals the personal values
// of audit entries about record id of e with values: the record itself for
// a DataSubject entity, else the contact or lead an activity or task is
// related to (its Singular and id), else "", "" (nothing sealed).
func (e *Entity) AuditSubject(id string, values map[string]any) (typ, subjectID string) {
	if e.DataSubject {
		return e.Singular, id
	}
	rel, _ := values[RelatedEntityField].(string)
	relID, _ := values["relatedId"].(string)
	if t, ok := byName[rel]; ok && t.DataSubject && relID != "" {
		return t.Singular, relID
	}
	return "", ""
}

// SubjectEntity returns the DataSubject entity whose Singular is typ (an
// audit subject or object type), or nil.
func SubjectEntity(typ string) *Entity {
	for _, e := range all {
		if e.DataSubject && e.Singular == typ {
			return e
		}
	}
	return nil
}
