export namespace model {
	
	export class CreateWorkspaceRequest {
	    name: string;
	    unlock: string;
	    passphrase: string;
	
	    static createFrom(source: any = {}) {
	        return new CreateWorkspaceRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.unlock = source["unlock"];
	        this.passphrase = source["passphrase"];
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
	

}

