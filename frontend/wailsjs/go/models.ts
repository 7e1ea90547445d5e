export namespace apperr {
	
	export class Payload {
	    code: string;
	    message: string;
	    fields?: Record<string, string>;
	
	    static createFrom(source: any = {}) {
	        return new Payload(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.message = source["message"];
	        this.fields = source["fields"];
	    }
	}

}

export namespace main {
	
	export class FileFilter {
	    displayName: string;
	    pattern: string;
	
	    static createFrom(source: any = {}) {
	        return new FileFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.displayName = source["displayName"];
	        this.pattern = source["pattern"];
	    }
	}

}

export namespace model {
	
	export class AccessLine {
	    entity: string;
	    action: string;
	    scope: string;
	    grantedBy: string;
	
	    static createFrom(source: any = {}) {
	        return new AccessLine(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.entity = source["entity"];
	        this.action = source["action"];
	        this.scope = source["scope"];
	        this.grantedBy = source["grantedBy"];
	    }
	}
	export class Accessor {
	    userId: string;
	    username: string;
	    views: number;
	    exported: number;
	
	    static createFrom(source: any = {}) {
	        return new Accessor(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.userId = source["userId"];
	        this.username = source["username"];
	        this.views = source["views"];
	        this.exported = source["exported"];
	    }
	}
	export class AlertComment {
	    at: string;
	    userId: string;
	    name: string;
	    status: string;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new AlertComment(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.at = source["at"];
	        this.userId = source["userId"];
	        this.name = source["name"];
	        this.status = source["status"];
	        this.text = source["text"];
	    }
	}
	export class Alert {
	    id: string;
	    ruleId: string;
	    ruleName: string;
	    severity: string;
	    status: string;
	    title: string;
	    detail: string;
	    subjectId: string;
	    subjectName: string;
	    createdAt: string;
	    updatedAt: string;
	    evidence: number[];
	    actionTaken: string;
	    comments: AlertComment[];
	
	    static createFrom(source: any = {}) {
	        return new Alert(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.ruleId = source["ruleId"];
	        this.ruleName = source["ruleName"];
	        this.severity = source["severity"];
	        this.status = source["status"];
	        this.title = source["title"];
	        this.detail = source["detail"];
	        this.subjectId = source["subjectId"];
	        this.subjectName = source["subjectName"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	        this.evidence = source["evidence"];
	        this.actionTaken = source["actionTaken"];
	        this.comments = this.convertValues(source["comments"], AlertComment);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class AlertPage {
	    rows: Alert[];
	    total: number;
	    open: number;
	
	    static createFrom(source: any = {}) {
	        return new AlertPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], Alert);
	        this.total = source["total"];
	        this.open = source["open"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AlertQuery {
	    status: string;
	    severity: string;
	    ruleId: string;
	    offset: number;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new AlertQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.status = source["status"];
	        this.severity = source["severity"];
	        this.ruleId = source["ruleId"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	    }
	}
	export class RoleHours {
	    roleId: string;
	    from: number;
	    to: number;
	
	    static createFrom(source: any = {}) {
	        return new RoleHours(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.roleId = source["roleId"];
	        this.from = source["from"];
	        this.to = source["to"];
	    }
	}
	export class AlertRule {
	    id: string;
	    name: string;
	    description: string;
	    enabled: boolean;
	    threshold: number;
	    windowMinutes: number;
	    severity: string;
	    action: string;
	    hours: RoleHours[];
	
	    static createFrom(source: any = {}) {
	        return new AlertRule(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.description = source["description"];
	        this.enabled = source["enabled"];
	        this.threshold = source["threshold"];
	        this.windowMinutes = source["windowMinutes"];
	        this.severity = source["severity"];
	        this.action = source["action"];
	        this.hours = this.convertValues(source["hours"], RoleHours);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AlertTransition {
	    id: string;
	    status: string;
	    comment: string;
	
	    static createFrom(source: any = {}) {
	        return new AlertTransition(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.status = source["status"];
	        this.comment = source["comment"];
	    }
	}
	export class AuditAnchor {
	    firstSeq: number;
	    lastSeq: number;
	    entries: number;
	    hash: string;
	    fileName: string;
	    fileSha256: string;
	    at: string;
	    actorName: string;
	
	    static createFrom(source: any = {}) {
	        return new AuditAnchor(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.firstSeq = source["firstSeq"];
	        this.lastSeq = source["lastSeq"];
	        this.entries = source["entries"];
	        this.hash = source["hash"];
	        this.fileName = source["fileName"];
	        this.fileSha256 = source["fileSha256"];
	        this.at = source["at"];
	        this.actorName = source["actorName"];
	    }
	}
	export class AuditArchivePreview {
	    before: string;
	    cutoff: string;
	    entries: number;
	    firstSeq: number;
	    lastSeq: number;
	    oldestAt: string;
	    newestAt: string;
	    live: number;
	    blocked: string;
	
	    static createFrom(source: any = {}) {
	        return new AuditArchivePreview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.before = source["before"];
	        this.cutoff = source["cutoff"];
	        this.entries = source["entries"];
	        this.firstSeq = source["firstSeq"];
	        this.lastSeq = source["lastSeq"];
	        this.oldestAt = source["oldestAt"];
	        this.newestAt = source["newestAt"];
	        this.live = source["live"];
	        this.blocked = source["blocked"];
	    }
	}
	export class AuditArchiveRequest {
	    before: string;
	    upToSeq: number;
	    recipients: string[];
	    passphrase: string;
	    path: string;
	
	    static createFrom(source: any = {}) {
	        return new AuditArchiveRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.before = source["before"];
	        this.upToSeq = source["upToSeq"];
	        this.recipients = source["recipients"];
	        this.passphrase = source["passphrase"];
	        this.path = source["path"];
	    }
	}
	export class AuditArchiveResult {
	    path: string;
	    entries: number;
	    firstSeq: number;
	    lastSeq: number;
	    fileSha256: string;
	    anchorHash: string;
	    archivedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new AuditArchiveResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.entries = source["entries"];
	        this.firstSeq = source["firstSeq"];
	        this.lastSeq = source["lastSeq"];
	        this.fileSha256 = source["fileSha256"];
	        this.anchorHash = source["anchorHash"];
	        this.archivedAt = source["archivedAt"];
	    }
	}
	export class FieldChange {
	    field: string;
	    before: any;
	    after: any;
	    masked: boolean;
	
	    static createFrom(source: any = {}) {
	        return new FieldChange(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.field = source["field"];
	        this.before = source["before"];
	        this.after = source["after"];
	        this.masked = source["masked"];
	    }
	}
	export class AuditDetail {
	    seq: number;
	    id: string;
	    at: string;
	    actorId: string;
	    actorName: string;
	    actorRole: string;
	    category: string;
	    action: string;
	    objectType: string;
	    objectId: string;
	    objectLabel: string;
	    outcome: string;
	    reason: string;
	    rows: number;
	    changes: number;
	    deviceId: string;
	    hostname: string;
	    osUser: string;
	    appVersion: string;
	    sessionHash: string;
	    fieldDiffs: FieldChange[];
	    prevHash: string;
	    hash: string;
	
	    static createFrom(source: any = {}) {
	        return new AuditDetail(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.seq = source["seq"];
	        this.id = source["id"];
	        this.at = source["at"];
	        this.actorId = source["actorId"];
	        this.actorName = source["actorName"];
	        this.actorRole = source["actorRole"];
	        this.category = source["category"];
	        this.action = source["action"];
	        this.objectType = source["objectType"];
	        this.objectId = source["objectId"];
	        this.objectLabel = source["objectLabel"];
	        this.outcome = source["outcome"];
	        this.reason = source["reason"];
	        this.rows = source["rows"];
	        this.changes = source["changes"];
	        this.deviceId = source["deviceId"];
	        this.hostname = source["hostname"];
	        this.osUser = source["osUser"];
	        this.appVersion = source["appVersion"];
	        this.sessionHash = source["sessionHash"];
	        this.fieldDiffs = this.convertValues(source["fieldDiffs"], FieldChange);
	        this.prevHash = source["prevHash"];
	        this.hash = source["hash"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AuditQuery {
	    from: string;
	    to: string;
	    userId: string;
	    category: string;
	    action: string;
	    objectType: string;
	    objectId: string;
	    outcome: string;
	    text: string;
	    beforeSeq: number;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new AuditQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.userId = source["userId"];
	        this.category = source["category"];
	        this.action = source["action"];
	        this.objectType = source["objectType"];
	        this.objectId = source["objectId"];
	        this.outcome = source["outcome"];
	        this.text = source["text"];
	        this.beforeSeq = source["beforeSeq"];
	        this.limit = source["limit"];
	    }
	}
	export class AuditExportRequest {
	    query: AuditQuery;
	    format: string;
	    path: string;
	
	    static createFrom(source: any = {}) {
	        return new AuditExportRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.query = this.convertValues(source["query"], AuditQuery);
	        this.format = source["format"];
	        this.path = source["path"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AuditRow {
	    seq: number;
	    id: string;
	    at: string;
	    actorId: string;
	    actorName: string;
	    actorRole: string;
	    category: string;
	    action: string;
	    objectType: string;
	    objectId: string;
	    objectLabel: string;
	    outcome: string;
	    reason: string;
	    rows: number;
	    changes: number;
	
	    static createFrom(source: any = {}) {
	        return new AuditRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.seq = source["seq"];
	        this.id = source["id"];
	        this.at = source["at"];
	        this.actorId = source["actorId"];
	        this.actorName = source["actorName"];
	        this.actorRole = source["actorRole"];
	        this.category = source["category"];
	        this.action = source["action"];
	        this.objectType = source["objectType"];
	        this.objectId = source["objectId"];
	        this.objectLabel = source["objectLabel"];
	        this.outcome = source["outcome"];
	        this.reason = source["reason"];
	        this.rows = source["rows"];
	        this.changes = source["changes"];
	    }
	}
	export class AuditPage {
	    rows: AuditRow[];
	    nextBeforeSeq: number;
	    total: number;
	    totalCapped: boolean;
	
	    static createFrom(source: any = {}) {
	        return new AuditPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], AuditRow);
	        this.nextBeforeSeq = source["nextBeforeSeq"];
	        this.total = source["total"];
	        this.totalCapped = source["totalCapped"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class AuditRetention {
	    keepDays: number;
	    cutoff: string;
	    due: number;
	
	    static createFrom(source: any = {}) {
	        return new AuditRetention(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.keepDays = source["keepDays"];
	        this.cutoff = source["cutoff"];
	        this.due = source["due"];
	    }
	}
	
	export class AuditStatus {
	    entries: number;
	    verifiedUpTo: number;
	    lastCheckpointAt: string;
	    ok: boolean;
	    problem: string;
	    archivedUpTo: number;
	
	    static createFrom(source: any = {}) {
	        return new AuditStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.entries = source["entries"];
	        this.verifiedUpTo = source["verifiedUpTo"];
	        this.lastCheckpointAt = source["lastCheckpointAt"];
	        this.ok = source["ok"];
	        this.problem = source["problem"];
	        this.archivedUpTo = source["archivedUpTo"];
	    }
	}
	export class BulkFailure {
	    id: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new BulkFailure(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.message = source["message"];
	    }
	}
	export class BulkRequest {
	    entity: string;
	    ids: string[];
	    action: string;
	    value: string;
	
	    static createFrom(source: any = {}) {
	        return new BulkRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.entity = source["entity"];
	        this.ids = source["ids"];
	        this.action = source["action"];
	        this.value = source["value"];
	    }
	}
	export class BulkResult {
	    done: number;
	    failed: BulkFailure[];
	
	    static createFrom(source: any = {}) {
	        return new BulkResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.done = source["done"];
	        this.failed = this.convertValues(source["failed"], BulkFailure);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ConvertLeadRequest {
	    leadId: string;
	    companyId: string;
	    createDeal: boolean;
	    dealName: string;
	    dealAmount: number;
	    stageId: string;
	
	    static createFrom(source: any = {}) {
	        return new ConvertLeadRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.leadId = source["leadId"];
	        this.companyId = source["companyId"];
	        this.createDeal = source["createDeal"];
	        this.dealName = source["dealName"];
	        this.dealAmount = source["dealAmount"];
	        this.stageId = source["stageId"];
	    }
	}
	export class ConvertLeadResult {
	    contactId: string;
	    companyId: string;
	    dealId: string;
	
	    static createFrom(source: any = {}) {
	        return new ConvertLeadResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.contactId = source["contactId"];
	        this.companyId = source["companyId"];
	        this.dealId = source["dealId"];
	    }
	}
	export class CreateWorkspaceRequest {
	    name: string;
	    unlock: string;
	    passphrase: string;
	    adminUsername: string;
	    adminDisplayName: string;
	    adminPassword: string;
	
	    static createFrom(source: any = {}) {
	        return new CreateWorkspaceRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.unlock = source["unlock"];
	        this.passphrase = source["passphrase"];
	        this.adminUsername = source["adminUsername"];
	        this.adminDisplayName = source["adminDisplayName"];
	        this.adminPassword = source["adminPassword"];
	    }
	}
	export class Grant {
	    entity: string;
	    action: string;
	    scope: string;
	
	    static createFrom(source: any = {}) {
	        return new Grant(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.entity = source["entity"];
	        this.action = source["action"];
	        this.scope = source["scope"];
	    }
	}
	export class User {
	    id: string;
	    username: string;
	    displayName: string;
	    roleId: string;
	    roleName: string;
	    teamIds: string[];
	    disabled: boolean;
	    mustChangePassword: boolean;
	    lockedUntil: string;
	    lastLoginAt: string;
	    createdAt: string;
	    kind: string;
	
	    static createFrom(source: any = {}) {
	        return new User(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.username = source["username"];
	        this.displayName = source["displayName"];
	        this.roleId = source["roleId"];
	        this.roleName = source["roleName"];
	        this.teamIds = source["teamIds"];
	        this.disabled = source["disabled"];
	        this.mustChangePassword = source["mustChangePassword"];
	        this.lockedUntil = source["lockedUntil"];
	        this.lastLoginAt = source["lastLoginAt"];
	        this.createdAt = source["createdAt"];
	        this.kind = source["kind"];
	    }
	}
	export class SessionInfo {
	    user: User;
	    permissions: string[];
	    grants: Grant[];
	    idleTimeoutMinutes: number;
	    administrator: boolean;
	
	    static createFrom(source: any = {}) {
	        return new SessionInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.user = this.convertValues(source["user"], User);
	        this.permissions = source["permissions"];
	        this.grants = this.convertValues(source["grants"], Grant);
	        this.idleTimeoutMinutes = source["idleTimeoutMinutes"];
	        this.administrator = source["administrator"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class KeychainStatus {
	    available: boolean;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new KeychainStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.available = source["available"];
	        this.message = source["message"];
	    }
	}
	export class WorkspaceStatus {
	    exists: boolean;
	    unlocked: boolean;
	    name: string;
	    path: string;
	    unlockMethods: string[];
	    keychain: KeychainStatus;
	    recoveryPending: boolean;
	    osUser: string;
	    hostname: string;
	    appVersion: string;
	    cipher: string;
	    schemaVersion: number;
	    pageCount: number;
	    unlockedBy: string;
	    signedIn?: SessionInfo;
	
	    static createFrom(source: any = {}) {
	        return new WorkspaceStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.exists = source["exists"];
	        this.unlocked = source["unlocked"];
	        this.name = source["name"];
	        this.path = source["path"];
	        this.unlockMethods = source["unlockMethods"];
	        this.keychain = this.convertValues(source["keychain"], KeychainStatus);
	        this.recoveryPending = source["recoveryPending"];
	        this.osUser = source["osUser"];
	        this.hostname = source["hostname"];
	        this.appVersion = source["appVersion"];
	        this.cipher = source["cipher"];
	        this.schemaVersion = source["schemaVersion"];
	        this.pageCount = source["pageCount"];
	        this.unlockedBy = source["unlockedBy"];
	        this.signedIn = this.convertValues(source["signedIn"], SessionInfo);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CreateWorkspaceResult {
	    recoveryKey: string;
	    status: WorkspaceStatus;
	
	    static createFrom(source: any = {}) {
	        return new CreateWorkspaceResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.recoveryKey = source["recoveryKey"];
	        this.status = this.convertValues(source["status"], WorkspaceStatus);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DayCount {
	    day: string;
	    key: string;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new DayCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.day = source["day"];
	        this.key = source["key"];
	        this.count = source["count"];
	    }
	}
	export class DuplicateCandidate {
	    id: string;
	    title: string;
	    subtitle: string;
	    score: number;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new DuplicateCandidate(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.subtitle = source["subtitle"];
	        this.score = source["score"];
	        this.reason = source["reason"];
	    }
	}
	export class DuplicateGroup {
	    records: DuplicateCandidate[];
	    size: number;
	    score: number;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new DuplicateGroup(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.records = this.convertValues(source["records"], DuplicateCandidate);
	        this.size = source["size"];
	        this.score = source["score"];
	        this.reason = source["reason"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DuplicateRules {
	    entity: string;
	    email: boolean;
	    phone: boolean;
	    domain: boolean;
	    fuzzy: boolean;
	    threshold: number;
	    block: string[];
	    defaultRegion: string;
	    custom: boolean;
	
	    static createFrom(source: any = {}) {
	        return new DuplicateRules(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.entity = source["entity"];
	        this.email = source["email"];
	        this.phone = source["phone"];
	        this.domain = source["domain"];
	        this.fuzzy = source["fuzzy"];
	        this.threshold = source["threshold"];
	        this.block = source["block"];
	        this.defaultRegion = source["defaultRegion"];
	        this.custom = source["custom"];
	    }
	}
	export class DuplicateScan {
	    entity: string;
	    records: number;
	    groups: DuplicateGroup[];
	    groupCount: number;
	    durationMs: number;
	
	    static createFrom(source: any = {}) {
	        return new DuplicateScan(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.entity = source["entity"];
	        this.records = source["records"];
	        this.groups = this.convertValues(source["groups"], DuplicateGroup);
	        this.groupCount = source["groupCount"];
	        this.durationMs = source["durationMs"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PermissionLine {
	    key: string;
	    label: string;
	    granted: boolean;
	    grantedBy: string;
	
	    static createFrom(source: any = {}) {
	        return new PermissionLine(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.label = source["label"];
	        this.granted = source["granted"];
	        this.grantedBy = source["grantedBy"];
	    }
	}
	export class EffectiveAccess {
	    user: User;
	    lines: AccessLine[];
	    advanced: PermissionLine[];
	
	    static createFrom(source: any = {}) {
	        return new EffectiveAccess(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.user = this.convertValues(source["user"], User);
	        this.lines = this.convertValues(source["lines"], AccessLine);
	        this.advanced = this.convertValues(source["advanced"], PermissionLine);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class FieldDef {
	    name: string;
	    label: string;
	    type: string;
	    required: boolean;
	    maxLen: number;
	    options: string[];
	    ref: string;
	    sensitive: boolean;
	    sortable: boolean;
	    filterable: boolean;
	    inList: boolean;
	    readOnly: boolean;
	
	    static createFrom(source: any = {}) {
	        return new FieldDef(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.label = source["label"];
	        this.type = source["type"];
	        this.required = source["required"];
	        this.maxLen = source["maxLen"];
	        this.options = source["options"];
	        this.ref = source["ref"];
	        this.sensitive = source["sensitive"];
	        this.sortable = source["sortable"];
	        this.filterable = source["filterable"];
	        this.inList = source["inList"];
	        this.readOnly = source["readOnly"];
	    }
	}
	export class EntityDef {
	    name: string;
	    label: string;
	    labelPlural: string;
	    titleField: string;
	    fields: FieldDef[];
	
	    static createFrom(source: any = {}) {
	        return new EntityDef(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.label = source["label"];
	        this.labelPlural = source["labelPlural"];
	        this.titleField = source["titleField"];
	        this.fields = this.convertValues(source["fields"], FieldDef);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ErasureRequest {
	    entity: string;
	    id: string;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new ErasureRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.entity = source["entity"];
	        this.id = source["id"];
	        this.reason = source["reason"];
	    }
	}
	export class ErasureResult {
	    people: number;
	    records: number;
	    keys: number;
	    purgeFailed: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ErasureResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.people = source["people"];
	        this.records = source["records"];
	        this.keys = source["keys"];
	        this.purgeFailed = source["purgeFailed"];
	    }
	}
	export class ExportResult {
	    path: string;
	    rows: number;
	
	    static createFrom(source: any = {}) {
	        return new ExportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.rows = source["rows"];
	    }
	}
	
	
	export class Filter {
	    field: string;
	    op: string;
	    value: any;
	
	    static createFrom(source: any = {}) {
	        return new Filter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.field = source["field"];
	        this.op = source["op"];
	        this.value = source["value"];
	    }
	}
	
	export class ImportCounts {
	    rows: number;
	    new: number;
	    update: number;
	    unchanged: number;
	    duplicate: number;
	    skipped: number;
	    invalid: number;
	    companiesCreated: number;
	
	    static createFrom(source: any = {}) {
	        return new ImportCounts(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = source["rows"];
	        this.new = source["new"];
	        this.update = source["update"];
	        this.unchanged = source["unchanged"];
	        this.duplicate = source["duplicate"];
	        this.skipped = source["skipped"];
	        this.invalid = source["invalid"];
	        this.companiesCreated = source["companiesCreated"];
	    }
	}
	export class ImportBatch {
	    id: string;
	    entity: string;
	    fileName: string;
	    counts: ImportCounts;
	    status: string;
	    message: string;
	    createdBy: string;
	    createdByName: string;
	    createdAt: string;
	    finishedAt: string;
	    revertedAt: string;
	    revertedBy: string;
	    records: number;
	
	    static createFrom(source: any = {}) {
	        return new ImportBatch(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.entity = source["entity"];
	        this.fileName = source["fileName"];
	        this.counts = this.convertValues(source["counts"], ImportCounts);
	        this.status = source["status"];
	        this.message = source["message"];
	        this.createdBy = source["createdBy"];
	        this.createdByName = source["createdByName"];
	        this.createdAt = source["createdAt"];
	        this.finishedAt = source["finishedAt"];
	        this.revertedAt = source["revertedAt"];
	        this.revertedBy = source["revertedBy"];
	        this.records = source["records"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class ImportMapping {
	    column: number;
	    header: string;
	    field: string;
	    suggested: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ImportMapping(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.column = source["column"];
	        this.header = source["header"];
	        this.field = source["field"];
	        this.suggested = source["suggested"];
	    }
	}
	export class ImportFileInfo {
	    path: string;
	    name: string;
	    size: number;
	    format: string;
	    encoding: string;
	    delimiter: string;
	    sheet: string;
	    sheets: string[];
	    headerRow: number;
	    header: string[];
	    sample: string[][];
	    sampleRows: number[];
	    mapping: ImportMapping[];
	    decimalGuess: string;
	    dateOrderGuess: string;
	
	    static createFrom(source: any = {}) {
	        return new ImportFileInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.name = source["name"];
	        this.size = source["size"];
	        this.format = source["format"];
	        this.encoding = source["encoding"];
	        this.delimiter = source["delimiter"];
	        this.sheet = source["sheet"];
	        this.sheets = source["sheets"];
	        this.headerRow = source["headerRow"];
	        this.header = source["header"];
	        this.sample = source["sample"];
	        this.sampleRows = source["sampleRows"];
	        this.mapping = this.convertValues(source["mapping"], ImportMapping);
	        this.decimalGuess = source["decimalGuess"];
	        this.dateOrderGuess = source["dateOrderGuess"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class ImportProblem {
	    row: number;
	    column: string;
	    value: string;
	    reason: string;
	    outcome: string;
	    matchId: string;
	    matchTitle: string;
	
	    static createFrom(source: any = {}) {
	        return new ImportProblem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.row = source["row"];
	        this.column = source["column"];
	        this.value = source["value"];
	        this.reason = source["reason"];
	        this.outcome = source["outcome"];
	        this.matchId = source["matchId"];
	        this.matchTitle = source["matchTitle"];
	    }
	}
	export class ImportRequest {
	    path: string;
	    entity: string;
	    sheet: string;
	    delimiter: string;
	    encoding: string;
	    headerRow: number;
	    mapping: ImportMapping[];
	    matchKey: string;
	    mode: string;
	    decimal: string;
	    dateOrder: string;
	    skipDuplicates: boolean;
	    createCompanies: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ImportRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.entity = source["entity"];
	        this.sheet = source["sheet"];
	        this.delimiter = source["delimiter"];
	        this.encoding = source["encoding"];
	        this.headerRow = source["headerRow"];
	        this.mapping = this.convertValues(source["mapping"], ImportMapping);
	        this.matchKey = source["matchKey"];
	        this.mode = source["mode"];
	        this.decimal = source["decimal"];
	        this.dateOrder = source["dateOrder"];
	        this.skipDuplicates = source["skipDuplicates"];
	        this.createCompanies = source["createCompanies"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ImportResult {
	    id: string;
	    dryRun: boolean;
	    entity: string;
	    counts: ImportCounts;
	    problems: ImportProblem[];
	    problemsTotal: number;
	    status: string;
	    message: string;
	    durationMs: number;
	
	    static createFrom(source: any = {}) {
	        return new ImportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.dryRun = source["dryRun"];
	        this.entity = source["entity"];
	        this.counts = this.convertValues(source["counts"], ImportCounts);
	        this.problems = this.convertValues(source["problems"], ImportProblem);
	        this.problemsTotal = source["problemsTotal"];
	        this.status = source["status"];
	        this.message = source["message"];
	        this.durationMs = source["durationMs"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class IntegrationFilter {
	    kind: string;
	    outcome: string;
	    from: string;
	    to: string;
	    text: string;
	    limit: number;
	    beforeStartedAt: string;
	    beforeSeq: number;
	
	    static createFrom(source: any = {}) {
	        return new IntegrationFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.outcome = source["outcome"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.text = source["text"];
	        this.limit = source["limit"];
	        this.beforeStartedAt = source["beforeStartedAt"];
	        this.beforeSeq = source["beforeSeq"];
	    }
	}
	export class IntegrationRun {
	    id: string;
	    kind: string;
	    name: string;
	    principalId: string;
	    principalName: string;
	    source: string;
	    target: string;
	    startedAt: string;
	    seq: number;
	    finishedAt: string;
	    durationMs: number;
	    counts: Record<string, number>;
	    warnings: number;
	    errors: number;
	    outcome: string;
	    message: string;
	    retryable: boolean;
	    retryOf: string;
	
	    static createFrom(source: any = {}) {
	        return new IntegrationRun(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.kind = source["kind"];
	        this.name = source["name"];
	        this.principalId = source["principalId"];
	        this.principalName = source["principalName"];
	        this.source = source["source"];
	        this.target = source["target"];
	        this.startedAt = source["startedAt"];
	        this.seq = source["seq"];
	        this.finishedAt = source["finishedAt"];
	        this.durationMs = source["durationMs"];
	        this.counts = source["counts"];
	        this.warnings = source["warnings"];
	        this.errors = source["errors"];
	        this.outcome = source["outcome"];
	        this.message = source["message"];
	        this.retryable = source["retryable"];
	        this.retryOf = source["retryOf"];
	    }
	}
	export class KeyCount {
	    key: string;
	    label: string;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new KeyCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.label = source["label"];
	        this.count = source["count"];
	    }
	}
	
	export class ListQuery {
	    entity: string;
	    filters: Filter[];
	    search: string;
	    sort: string;
	    desc: boolean;
	    offset: number;
	    limit: number;
	    trash: boolean;
	    after?: string;
	
	    static createFrom(source: any = {}) {
	        return new ListQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.entity = source["entity"];
	        this.filters = this.convertValues(source["filters"], Filter);
	        this.search = source["search"];
	        this.sort = source["sort"];
	        this.desc = source["desc"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	        this.trash = source["trash"];
	        this.after = source["after"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MergeInfo {
	    id: string;
	    entity: string;
	    survivorId: string;
	    survivorTitle: string;
	    mergedTitle: string;
	    moved: number;
	    mergedBy: string;
	    mergedAt: string;
	    undoneAt: string;
	
	    static createFrom(source: any = {}) {
	        return new MergeInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.entity = source["entity"];
	        this.survivorId = source["survivorId"];
	        this.survivorTitle = source["survivorTitle"];
	        this.mergedTitle = source["mergedTitle"];
	        this.moved = source["moved"];
	        this.mergedBy = source["mergedBy"];
	        this.mergedAt = source["mergedAt"];
	        this.undoneAt = source["undoneAt"];
	    }
	}
	export class MergeLinks {
	    entity: string;
	    label: string;
	    labelPlural: string;
	    total: number;
	    readable: number;
	
	    static createFrom(source: any = {}) {
	        return new MergeLinks(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.entity = source["entity"];
	        this.label = source["label"];
	        this.labelPlural = source["labelPlural"];
	        this.total = source["total"];
	        this.readable = source["readable"];
	    }
	}
	export class MergePreview {
	    links: MergeLinks[];
	    moved: number;
	
	    static createFrom(source: any = {}) {
	        return new MergePreview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.links = this.convertValues(source["links"], MergeLinks);
	        this.moved = source["moved"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MergeRequest {
	    entity: string;
	    survivor: string;
	    other: string;
	    values: Record<string, any>;
	
	    static createFrom(source: any = {}) {
	        return new MergeRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.entity = source["entity"];
	        this.survivor = source["survivor"];
	        this.other = source["other"];
	        this.values = source["values"];
	    }
	}
	export class RecordItem {
	    id: string;
	    entity: string;
	    title: string;
	    values: Record<string, any>;
	    ownerId: string;
	    ownerName: string;
	    teamId: string;
	    createdAt: string;
	    createdBy: string;
	    updatedAt: string;
	    updatedBy: string;
	    deletedAt: string;
	    masked: string[];
	    refs: Record<string, string>;
	    refTitles: Record<string, string>;
	
	    static createFrom(source: any = {}) {
	        return new RecordItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.entity = source["entity"];
	        this.title = source["title"];
	        this.values = source["values"];
	        this.ownerId = source["ownerId"];
	        this.ownerName = source["ownerName"];
	        this.teamId = source["teamId"];
	        this.createdAt = source["createdAt"];
	        this.createdBy = source["createdBy"];
	        this.updatedAt = source["updatedAt"];
	        this.updatedBy = source["updatedBy"];
	        this.deletedAt = source["deletedAt"];
	        this.masked = source["masked"];
	        this.refs = source["refs"];
	        this.refTitles = source["refTitles"];
	    }
	}
	export class MergeResult {
	    id: string;
	    survivor: RecordItem;
	    moved: number;
	
	    static createFrom(source: any = {}) {
	        return new MergeResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.survivor = this.convertValues(source["survivor"], RecordItem);
	        this.moved = source["moved"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class NewIntegrationPrincipal {
	    username: string;
	    displayName: string;
	    roleId: string;
	    teamIds: string[];
	
	    static createFrom(source: any = {}) {
	        return new NewIntegrationPrincipal(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.username = source["username"];
	        this.displayName = source["displayName"];
	        this.roleId = source["roleId"];
	        this.teamIds = source["teamIds"];
	    }
	}
	export class NewUser {
	    username: string;
	    displayName: string;
	    roleId: string;
	    teamIds: string[];
	    password: string;
	
	    static createFrom(source: any = {}) {
	        return new NewUser(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.username = source["username"];
	        this.displayName = source["displayName"];
	        this.roleId = source["roleId"];
	        this.teamIds = source["teamIds"];
	        this.password = source["password"];
	    }
	}
	export class PermissionInfo {
	    key: string;
	    label: string;
	    description: string;
	
	    static createFrom(source: any = {}) {
	        return new PermissionInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.label = source["label"];
	        this.description = source["description"];
	    }
	}
	export class PermissionCatalog {
	    entities: string[];
	    actions: string[];
	    scopes: string[];
	    advanced: PermissionInfo[];
	
	    static createFrom(source: any = {}) {
	        return new PermissionCatalog(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.entities = source["entities"];
	        this.actions = source["actions"];
	        this.scopes = source["scopes"];
	        this.advanced = this.convertValues(source["advanced"], PermissionInfo);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class PrincipalToken {
	    user: User;
	    token: string;
	
	    static createFrom(source: any = {}) {
	        return new PrincipalToken(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.user = this.convertValues(source["user"], User);
	        this.token = source["token"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class RecordInput {
	    entity: string;
	    id: string;
	    values: Record<string, any>;
	    ownerId: string;
	    teamId: string;
	
	    static createFrom(source: any = {}) {
	        return new RecordInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.entity = source["entity"];
	        this.id = source["id"];
	        this.values = source["values"];
	        this.ownerId = source["ownerId"];
	        this.teamId = source["teamId"];
	    }
	}
	
	export class RecordPage {
	    rows: RecordItem[];
	    offset: number;
	    total: number;
	    totalCapped: boolean;
	    nextAfter: string;
	
	    static createFrom(source: any = {}) {
	        return new RecordPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], RecordItem);
	        this.offset = source["offset"];
	        this.total = source["total"];
	        this.totalCapped = source["totalCapped"];
	        this.nextAfter = source["nextAfter"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ScheduleRun {
	    id: string;
	    scheduleId: string;
	    reportId: string;
	    dueAt: string;
	    startedAt: string;
	    finishedAt: string;
	    status: string;
	    rows: number;
	    file: string;
	    error: string;
	    caughtUp: boolean;
	    manual: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ScheduleRun(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.scheduleId = source["scheduleId"];
	        this.reportId = source["reportId"];
	        this.dueAt = source["dueAt"];
	        this.startedAt = source["startedAt"];
	        this.finishedAt = source["finishedAt"];
	        this.status = source["status"];
	        this.rows = source["rows"];
	        this.file = source["file"];
	        this.error = source["error"];
	        this.caughtUp = source["caughtUp"];
	        this.manual = source["manual"];
	    }
	}
	export class ReportSchedule {
	    id: string;
	    reportId: string;
	    reportName: string;
	    frequency: string;
	    weekday: number;
	    dayOfMonth: number;
	    time: string;
	    timeZone: string;
	    folder: string;
	    filePattern: string;
	    enabled: boolean;
	    nextRunAt: string;
	    createdAt: string;
	    updatedAt: string;
	    lastRun?: ScheduleRun;
	
	    static createFrom(source: any = {}) {
	        return new ReportSchedule(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.reportId = source["reportId"];
	        this.reportName = source["reportName"];
	        this.frequency = source["frequency"];
	        this.weekday = source["weekday"];
	        this.dayOfMonth = source["dayOfMonth"];
	        this.time = source["time"];
	        this.timeZone = source["timeZone"];
	        this.folder = source["folder"];
	        this.filePattern = source["filePattern"];
	        this.enabled = source["enabled"];
	        this.nextRunAt = source["nextRunAt"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	        this.lastRun = this.convertValues(source["lastRun"], ScheduleRun);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class RestoreRequest {
	    path: string;
	    identityPath: string;
	    identityPassphrase: string;
	    backupPassphrase: string;
	    username: string;
	    password: string;
	    passphrase: string;
	    recoveryKey: string;
	    keychain: boolean;
	
	    static createFrom(source: any = {}) {
	        return new RestoreRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.identityPath = source["identityPath"];
	        this.identityPassphrase = source["identityPassphrase"];
	        this.backupPassphrase = source["backupPassphrase"];
	        this.username = source["username"];
	        this.password = source["password"];
	        this.passphrase = source["passphrase"];
	        this.recoveryKey = source["recoveryKey"];
	        this.keychain = source["keychain"];
	    }
	}
	export class RestoreResult {
	    workspaceName: string;
	    createdAt: string;
	    createdBy: string;
	    counts: Record<string, number>;
	    auditEntries: number;
	    integrity: string;
	
	    static createFrom(source: any = {}) {
	        return new RestoreResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.workspaceName = source["workspaceName"];
	        this.createdAt = source["createdAt"];
	        this.createdBy = source["createdBy"];
	        this.counts = source["counts"];
	        this.auditEntries = source["auditEntries"];
	        this.integrity = source["integrity"];
	    }
	}
	export class RetryResult {
	    kind: string;
	    import?: ImportResult;
	    report?: ScheduleRun;
	
	    static createFrom(source: any = {}) {
	        return new RetryResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.import = this.convertValues(source["import"], ImportResult);
	        this.report = this.convertValues(source["report"], ScheduleRun);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class RevertResult {
	    removed: number;
	    restored: number;
	    conflicts: string[];
	
	    static createFrom(source: any = {}) {
	        return new RevertResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.removed = source["removed"];
	        this.restored = source["restored"];
	        this.conflicts = source["conflicts"];
	    }
	}
	export class Role {
	    id: string;
	    name: string;
	    description: string;
	    builtin: boolean;
	    userCount: number;
	    grants: Grant[];
	    advanced: string[];
	
	    static createFrom(source: any = {}) {
	        return new Role(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.description = source["description"];
	        this.builtin = source["builtin"];
	        this.userCount = source["userCount"];
	        this.grants = this.convertValues(source["grants"], Grant);
	        this.advanced = source["advanced"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class RoleInput {
	    name: string;
	    description: string;
	    copyFrom: string;
	
	    static createFrom(source: any = {}) {
	        return new RoleInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.description = source["description"];
	        this.copyFrom = source["copyFrom"];
	    }
	}
	export class RolePermissions {
	    roleId: string;
	    grants: Grant[];
	    advanced: string[];
	
	    static createFrom(source: any = {}) {
	        return new RolePermissions(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.roleId = source["roleId"];
	        this.grants = this.convertValues(source["grants"], Grant);
	        this.advanced = source["advanced"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SavedView {
	    id: string;
	    entity: string;
	    name: string;
	    query: ListQuery;
	    shared: boolean;
	    mine: boolean;
	
	    static createFrom(source: any = {}) {
	        return new SavedView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.entity = source["entity"];
	        this.name = source["name"];
	        this.query = this.convertValues(source["query"], ListQuery);
	        this.shared = source["shared"];
	        this.mine = source["mine"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ScheduleInput {
	    id?: string;
	    reportId: string;
	    frequency: string;
	    weekday: number;
	    dayOfMonth: number;
	    time: string;
	    timeZone: string;
	    folder: string;
	    filePattern: string;
	    enabled: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ScheduleInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.reportId = source["reportId"];
	        this.frequency = source["frequency"];
	        this.weekday = source["weekday"];
	        this.dayOfMonth = source["dayOfMonth"];
	        this.time = source["time"];
	        this.timeZone = source["timeZone"];
	        this.folder = source["folder"];
	        this.filePattern = source["filePattern"];
	        this.enabled = source["enabled"];
	    }
	}
	
	export class SearchHit {
	    entity: string;
	    id: string;
	    title: string;
	    subtitle: string;
	
	    static createFrom(source: any = {}) {
	        return new SearchHit(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.entity = source["entity"];
	        this.id = source["id"];
	        this.title = source["title"];
	        this.subtitle = source["subtitle"];
	    }
	}
	export class SecurityDashboard {
	    days: number;
	    openAlerts: number;
	    alertsByDay: DayCount[];
	    alertsByRule: KeyCount[];
	    failedSignIns: DayCount[];
	    topAccessors: Accessor[];
	    criticalChanges: AuditRow[];
	
	    static createFrom(source: any = {}) {
	        return new SecurityDashboard(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.days = source["days"];
	        this.openAlerts = source["openAlerts"];
	        this.alertsByDay = this.convertValues(source["alertsByDay"], DayCount);
	        this.alertsByRule = this.convertValues(source["alertsByRule"], KeyCount);
	        this.failedSignIns = this.convertValues(source["failedSignIns"], DayCount);
	        this.topAccessors = this.convertValues(source["topAccessors"], Accessor);
	        this.criticalChanges = this.convertValues(source["criticalChanges"], AuditRow);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SecuritySettings {
	    idleTimeoutMinutes: number;
	    lockoutThreshold: number;
	    rememberOnDevice: boolean;
	
	    static createFrom(source: any = {}) {
	        return new SecuritySettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.idleTimeoutMinutes = source["idleTimeoutMinutes"];
	        this.lockoutThreshold = source["lockoutThreshold"];
	        this.rememberOnDevice = source["rememberOnDevice"];
	    }
	}
	
	export class SignInRequest {
	    username: string;
	    password: string;
	
	    static createFrom(source: any = {}) {
	        return new SignInRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.username = source["username"];
	        this.password = source["password"];
	    }
	}
	export class Stage {
	    id: string;
	    name: string;
	    probability: number;
	    order: number;
	    won: boolean;
	    lost: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Stage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.probability = source["probability"];
	        this.order = source["order"];
	        this.won = source["won"];
	        this.lost = source["lost"];
	    }
	}
	export class SubjectAccessRequest {
	    contactId: string;
	    format: string;
	    path: string;
	
	    static createFrom(source: any = {}) {
	        return new SubjectAccessRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.contactId = source["contactId"];
	        this.format = source["format"];
	        this.path = source["path"];
	    }
	}
	export class Team {
	    id: string;
	    name: string;
	    memberCount: number;
	
	    static createFrom(source: any = {}) {
	        return new Team(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.memberCount = source["memberCount"];
	    }
	}
	export class TimelineItem {
	    kind: string;
	    at: string;
	    actor: string;
	    title: string;
	    detail: string;
	    refId: string;
	    changes: FieldChange[];
	
	    static createFrom(source: any = {}) {
	        return new TimelineItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.at = source["at"];
	        this.actor = source["actor"];
	        this.title = source["title"];
	        this.detail = source["detail"];
	        this.refId = source["refId"];
	        this.changes = this.convertValues(source["changes"], FieldChange);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class UserUpdate {
	    id: string;
	    displayName?: string;
	    roleId?: string;
	    teamIds?: string[];
	
	    static createFrom(source: any = {}) {
	        return new UserUpdate(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.displayName = source["displayName"];
	        this.roleId = source["roleId"];
	        this.teamIds = source["teamIds"];
	    }
	}

}

export namespace report {
	
	export class Filter {
	    field: string;
	    op: string;
	    value?: any;
	    values?: any[];
	    n?: number;
	
	    static createFrom(source: any = {}) {
	        return new Filter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.field = source["field"];
	        this.op = source["op"];
	        this.value = source["value"];
	        this.values = source["values"];
	        this.n = source["n"];
	    }
	}
	export class Aggregate {
	    key?: string;
	    label?: string;
	    func: string;
	    field?: string;
	    where?: Filter[];
	    of?: Filter[];
	
	    static createFrom(source: any = {}) {
	        return new Aggregate(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.label = source["label"];
	        this.func = source["func"];
	        this.field = source["field"];
	        this.where = this.convertValues(source["where"], Filter);
	        this.of = this.convertValues(source["of"], Filter);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Column {
	    key: string;
	    label: string;
	    kind: string;
	    group?: boolean;
	    agg?: string;
	    type?: string;
	
	    static createFrom(source: any = {}) {
	        return new Column(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.label = source["label"];
	        this.kind = source["kind"];
	        this.group = source["group"];
	        this.agg = source["agg"];
	        this.type = source["type"];
	    }
	}
	
	export class Group {
	    field: string;
	    bucket?: string;
	
	    static createFrom(source: any = {}) {
	        return new Group(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.field = source["field"];
	        this.bucket = source["bucket"];
	    }
	}
	export class Matrix {
	    rowKeys: any[];
	    colKeys: any[];
	    cells: any[][];
	    rowTotals: any[];
	    colTotals: any[];
	    total: any;
	
	    static createFrom(source: any = {}) {
	        return new Matrix(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rowKeys = source["rowKeys"];
	        this.colKeys = source["colKeys"];
	        this.cells = source["cells"];
	        this.rowTotals = source["rowTotals"];
	        this.colTotals = source["colTotals"];
	        this.total = source["total"];
	    }
	}
	export class Period {
	    from: string;
	    to: string;
	
	    static createFrom(source: any = {}) {
	        return new Period(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	    }
	}
	export class Subtotal {
	    key: any;
	    values: any[];
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new Subtotal(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.values = source["values"];
	        this.count = source["count"];
	    }
	}
	export class Result {
	    format: string;
	    entity: string;
	    columns: Column[];
	    rows: any[][];
	    rowIds?: string[];
	    subtotals?: Subtotal[];
	    total?: any[];
	    matrix?: Matrix;
	    rowCount: number;
	    truncated: boolean;
	    period?: Period;
	    previous?: Result;
	
	    static createFrom(source: any = {}) {
	        return new Result(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.format = source["format"];
	        this.entity = source["entity"];
	        this.columns = this.convertValues(source["columns"], Column);
	        this.rows = source["rows"];
	        this.rowIds = source["rowIds"];
	        this.subtotals = this.convertValues(source["subtotals"], Subtotal);
	        this.total = source["total"];
	        this.matrix = this.convertValues(source["matrix"], Matrix);
	        this.rowCount = source["rowCount"];
	        this.truncated = source["truncated"];
	        this.period = this.convertValues(source["period"], Period);
	        this.previous = this.convertValues(source["previous"], Result);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SortKey {
	    key: string;
	    desc?: boolean;
	
	    static createFrom(source: any = {}) {
	        return new SortKey(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.desc = source["desc"];
	    }
	}
	export class Spec {
	    entity: string;
	    columns?: string[];
	    filters?: Filter[];
	    groups?: Group[];
	    aggregates?: Aggregate[];
	    sort?: SortKey[];
	    limit?: number;
	    format?: string;
	    compare?: string;
	
	    static createFrom(source: any = {}) {
	        return new Spec(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.entity = source["entity"];
	        this.columns = source["columns"];
	        this.filters = this.convertValues(source["filters"], Filter);
	        this.groups = this.convertValues(source["groups"], Group);
	        this.aggregates = this.convertValues(source["aggregates"], Aggregate);
	        this.sort = this.convertValues(source["sort"], SortKey);
	        this.limit = source["limit"];
	        this.format = source["format"];
	        this.compare = source["compare"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace service {
	
	export class BackupRecipient {
	    type: string;
	    fingerprint: string;
	    comment: string;
	
	    static createFrom(source: any = {}) {
	        return new BackupRecipient(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.type = source["type"];
	        this.fingerprint = source["fingerprint"];
	        this.comment = source["comment"];
	    }
	}
	export class BackupRequest {
	    path: string;
	    recipients: string[];
	    passphrase: string;
	
	    static createFrom(source: any = {}) {
	        return new BackupRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.recipients = source["recipients"];
	        this.passphrase = source["passphrase"];
	    }
	}
	export class BackupResult {
	    path: string;
	    bytes: number;
	    sha256: string;
	    createdAt: string;
	    records: number;
	    auditSeq: number;
	    recipients: BackupRecipient[];
	
	    static createFrom(source: any = {}) {
	        return new BackupResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.bytes = source["bytes"];
	        this.sha256 = source["sha256"];
	        this.createdAt = source["createdAt"];
	        this.records = source["records"];
	        this.auditSeq = source["auditSeq"];
	        this.recipients = this.convertValues(source["recipients"], BackupRecipient);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DashboardFilters {
	    dateRange?: string;
	    from?: string;
	    to?: string;
	    teamId?: string;
	
	    static createFrom(source: any = {}) {
	        return new DashboardFilters(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.dateRange = source["dateRange"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.teamId = source["teamId"];
	    }
	}
	export class WidgetOptions {
	    stacked?: boolean;
	    aggregate?: string;
	    target?: number;
	    targetId?: string;
	    onlyMine?: boolean;
	    dateField?: string;
	    ignoreDateRange?: boolean;
	
	    static createFrom(source: any = {}) {
	        return new WidgetOptions(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stacked = source["stacked"];
	        this.aggregate = source["aggregate"];
	        this.target = source["target"];
	        this.targetId = source["targetId"];
	        this.onlyMine = source["onlyMine"];
	        this.dateField = source["dateField"];
	        this.ignoreDateRange = source["ignoreDateRange"];
	    }
	}
	export class Widget {
	    id: string;
	    type: string;
	    title: string;
	    report?: string;
	    spec?: report.Spec;
	    x: number;
	    y: number;
	    w: number;
	    h: number;
	    options: WidgetOptions;
	
	    static createFrom(source: any = {}) {
	        return new Widget(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.type = source["type"];
	        this.title = source["title"];
	        this.report = source["report"];
	        this.spec = this.convertValues(source["spec"], report.Spec);
	        this.x = source["x"];
	        this.y = source["y"];
	        this.w = source["w"];
	        this.h = source["h"];
	        this.options = this.convertValues(source["options"], WidgetOptions);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Dashboard {
	    id: string;
	    name: string;
	    sharing: string;
	    teamId?: string;
	    roleDefault?: string;
	    ownerId?: string;
	    mine: boolean;
	    virtual: boolean;
	    isDefault: boolean;
	    editable: boolean;
	    widgets: Widget[];
	    filters: DashboardFilters;
	    updatedAt?: string;
	
	    static createFrom(source: any = {}) {
	        return new Dashboard(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.sharing = source["sharing"];
	        this.teamId = source["teamId"];
	        this.roleDefault = source["roleDefault"];
	        this.ownerId = source["ownerId"];
	        this.mine = source["mine"];
	        this.virtual = source["virtual"];
	        this.isDefault = source["isDefault"];
	        this.editable = source["editable"];
	        this.widgets = this.convertValues(source["widgets"], Widget);
	        this.filters = this.convertValues(source["filters"], DashboardFilters);
	        this.updatedAt = source["updatedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class KPIData {
	    value: any;
	    kind: string;
	    target?: number;
	    percent: any;
	    previous?: any;
	    period?: report.Period;
	    targetId?: string;
	    targetName?: string;
	
	    static createFrom(source: any = {}) {
	        return new KPIData(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.value = source["value"];
	        this.kind = source["kind"];
	        this.target = source["target"];
	        this.percent = source["percent"];
	        this.previous = source["previous"];
	        this.period = this.convertValues(source["period"], report.Period);
	        this.targetId = source["targetId"];
	        this.targetName = source["targetName"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class WidgetData {
	    id: string;
	    type: string;
	    title: string;
	    result?: report.Result;
	    kpi?: KPIData;
	    error?: apperr.Payload;
	
	    static createFrom(source: any = {}) {
	        return new WidgetData(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.type = source["type"];
	        this.title = source["title"];
	        this.result = this.convertValues(source["result"], report.Result);
	        this.kpi = this.convertValues(source["kpi"], KPIData);
	        this.error = this.convertValues(source["error"], apperr.Payload);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DashboardData {
	    id: string;
	    name: string;
	    filters: DashboardFilters;
	    period?: report.Period;
	    widgets: WidgetData[];
	    at: string;
	
	    static createFrom(source: any = {}) {
	        return new DashboardData(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.filters = this.convertValues(source["filters"], DashboardFilters);
	        this.period = this.convertValues(source["period"], report.Period);
	        this.widgets = this.convertValues(source["widgets"], WidgetData);
	        this.at = source["at"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DashboardExportRequest {
	    id: string;
	    filters: DashboardFilters;
	    path: string;
	    password?: string;
	
	    static createFrom(source: any = {}) {
	        return new DashboardExportRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.filters = this.convertValues(source["filters"], DashboardFilters);
	        this.path = source["path"];
	        this.password = source["password"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class DashboardInfo {
	    id: string;
	    name: string;
	    sharing: string;
	    teamId?: string;
	    roleDefault?: string;
	    ownerId?: string;
	    mine: boolean;
	    virtual: boolean;
	    isDefault: boolean;
	    editable: boolean;
	    widgets: number;
	    updatedAt?: string;
	
	    static createFrom(source: any = {}) {
	        return new DashboardInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.sharing = source["sharing"];
	        this.teamId = source["teamId"];
	        this.roleDefault = source["roleDefault"];
	        this.ownerId = source["ownerId"];
	        this.mine = source["mine"];
	        this.virtual = source["virtual"];
	        this.isDefault = source["isDefault"];
	        this.editable = source["editable"];
	        this.widgets = source["widgets"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class DashboardSaveRequest {
	    id?: string;
	    name: string;
	    sharing: string;
	    teamId?: string;
	    roleDefault?: string;
	    widgets: Widget[];
	    filters: DashboardFilters;
	
	    static createFrom(source: any = {}) {
	        return new DashboardSaveRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.sharing = source["sharing"];
	        this.teamId = source["teamId"];
	        this.roleDefault = source["roleDefault"];
	        this.widgets = this.convertValues(source["widgets"], Widget);
	        this.filters = this.convertValues(source["filters"], DashboardFilters);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class KPITarget {
	    id: string;
	    name: string;
	    report: string;
	    aggregate: string;
	    period: string;
	    teamId?: string;
	    target: number;
	    ownerId: string;
	    mine: boolean;
	    editable: boolean;
	    progress?: KPIData;
	    problem?: string;
	    updatedAt?: string;
	
	    static createFrom(source: any = {}) {
	        return new KPITarget(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.report = source["report"];
	        this.aggregate = source["aggregate"];
	        this.period = source["period"];
	        this.teamId = source["teamId"];
	        this.target = source["target"];
	        this.ownerId = source["ownerId"];
	        this.mine = source["mine"];
	        this.editable = source["editable"];
	        this.progress = this.convertValues(source["progress"], KPIData);
	        this.problem = source["problem"];
	        this.updatedAt = source["updatedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class KPITargetSaveRequest {
	    id?: string;
	    name: string;
	    report: string;
	    aggregate: string;
	    period: string;
	    teamId?: string;
	    target: number;
	
	    static createFrom(source: any = {}) {
	        return new KPITargetSaveRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.report = source["report"];
	        this.aggregate = source["aggregate"];
	        this.period = source["period"];
	        this.teamId = source["teamId"];
	        this.target = source["target"];
	    }
	}
	export class ReportField {
	    key: string;
	    label: string;
	    type: string;
	    sensitive: boolean;
	    masked: boolean;
	    groupable: boolean;
	    numeric: boolean;
	    operators: string[];
	
	    static createFrom(source: any = {}) {
	        return new ReportField(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.label = source["label"];
	        this.type = source["type"];
	        this.sensitive = source["sensitive"];
	        this.masked = source["masked"];
	        this.groupable = source["groupable"];
	        this.numeric = source["numeric"];
	        this.operators = source["operators"];
	    }
	}
	export class ReportEntity {
	    entity: string;
	    label: string;
	    fields: ReportField[];
	
	    static createFrom(source: any = {}) {
	        return new ReportEntity(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.entity = source["entity"];
	        this.label = source["label"];
	        this.fields = this.convertValues(source["fields"], ReportField);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ReportExportRequest {
	    id?: string;
	    spec?: report.Spec;
	    path: string;
	    password?: string;
	
	    static createFrom(source: any = {}) {
	        return new ReportExportRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.spec = this.convertValues(source["spec"], report.Spec);
	        this.path = source["path"];
	        this.password = source["password"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class ReportInfo {
	    id: string;
	    name: string;
	    description: string;
	    builtin: boolean;
	    chart?: string;
	    sharing: string;
	    teamId?: string;
	    ownerId?: string;
	    mine: boolean;
	    spec: report.Spec;
	    runnable: boolean;
	    problem?: string;
	    updatedAt?: string;
	
	    static createFrom(source: any = {}) {
	        return new ReportInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.description = source["description"];
	        this.builtin = source["builtin"];
	        this.chart = source["chart"];
	        this.sharing = source["sharing"];
	        this.teamId = source["teamId"];
	        this.ownerId = source["ownerId"];
	        this.mine = source["mine"];
	        this.spec = this.convertValues(source["spec"], report.Spec);
	        this.runnable = source["runnable"];
	        this.problem = source["problem"];
	        this.updatedAt = source["updatedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ReportSaveRequest {
	    id?: string;
	    name: string;
	    description: string;
	    sharing: string;
	    teamId?: string;
	    spec: report.Spec;
	
	    static createFrom(source: any = {}) {
	        return new ReportSaveRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.description = source["description"];
	        this.sharing = source["sharing"];
	        this.teamId = source["teamId"];
	        this.spec = this.convertValues(source["spec"], report.Spec);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	

}

