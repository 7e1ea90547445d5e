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
	export class AuditStatus {
	    entries: number;
	    verifiedUpTo: number;
	    lastCheckpointAt: string;
	    ok: boolean;
	    problem: string;
	
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
	    }
	}
	export class SessionInfo {
	    user: User;
	    permissions: string[];
	    grants: Grant[];
	    idleTimeoutMinutes: number;
	
	    static createFrom(source: any = {}) {
	        return new SessionInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.user = this.convertValues(source["user"], User);
	        this.permissions = source["permissions"];
	        this.grants = this.convertValues(source["grants"], Grant);
	        this.idleTimeoutMinutes = source["idleTimeoutMinutes"];
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

