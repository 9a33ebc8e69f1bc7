"""Synthetic supervision records: realistic, varied, deterministic for a seed.

`generate_records(n, seed, today)` simulates twelve months of supervision in a
children's social care service. Teams (district teams of different kinds) have
one or two team managers and several social workers of every experience level;
each worker is supervised on their own rhythm (newly qualified workers more
often, as the ASYE policy asks), with lapses and workers whose last
supervision is long past. Each worker holds a small caseload of children
(identified only by a case reference and initials) who are discussed across
several sessions, so a child's actions carry forward and are reviewed (or not)
next time, and weaker managers copy sections and actions forward unchanged.

Notes are composed from pools of fragments (concerns, children's words by age,
analysis, risk and safety, impact, challenge, decisions, actions, escalation),
in prose or bullets, with or without headings, at a quality that depends on the
manager and, in some teams, improves over the year. No child has a name: only
initials ("K.M.", "K"), "the child", or a pronoun.

Pure Python (stdlib and the models); no I/O, no clock except for the default
`today`. Everything random comes from one `random.Random(seed)`.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass, field

from .models import SupervisionRecord

__all__ = ["generate_records", "WINDOW_DAYS"]

WINDOW_DAYS = 365  # records are dated within this many days before `today`
# uuid.UUID(int=..., version=4) sets these bits; doing it by hand is five times faster
_UUID_MASK = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)
_UUID_V4 = (4 << 76) | (0x8000 << 48)

# --- people ----------------------------------------------------------------------------

STAFF_FIRST = (
    "Aisha", "Alan", "Alison", "Amandeep", "Amy", "Andrew", "Angela", "Anita", "Beth", "Bilal",
    "Bronwen", "Callum", "Carla", "Caroline", "Chantelle", "Charlotte", "Chloe", "Claire", "Craig",
    "Daniel", "Danielle", "Darren", "Deborah", "Declan", "Dionne", "Donna", "Eleanor", "Emma",
    "Faisal", "Farah", "Fiona", "Gareth", "Gemma", "Grace", "Hannah", "Harpreet", "Hayley",
    "Helen", "Imran", "Jade", "Jagdeep", "James", "Jasmine", "Jennifer", "Joanne", "Jordan",
    "Josephine", "Kalpna", "Karen", "Kate", "Kelly", "Kerry", "Kieran", "Kirsty", "Laura",
    "Leanne", "Lisa", "Liam", "Louise", "Lucy", "Mandeep", "Marcus", "Maria", "Mark", "Matthew",
    "Megan", "Michelle", "Mohammed", "Naomi", "Natalie", "Nadia", "Neil", "Nicola", "Olivia",
    "Owen", "Paul", "Precious", "Rachel", "Rebecca", "Rhiannon", "Richard", "Rosie", "Ruth",
    "Ryan", "Sadia", "Samantha", "Sarah", "Shabana", "Sian", "Simon", "Sophie", "Stacey",
    "Stephen", "Tendai", "Tom", "Tracey", "Usha", "Vicky", "Wayne", "Yasmin", "Zoe", "Chidi",
    "Ewa", "Marta", "Tomasz", "Bukola", "Niamh", "Ciaran", "Priya", "Ravi", "Stuart", "Lorna",
)
STAFF_LAST = (
    "Adams", "Ahmed", "Akhtar", "Ali", "Allen", "Armstrong", "Bailey", "Baker", "Banks", "Barker",
    "Begum", "Bennett", "Bibi", "Birch", "Bowen", "Bradley", "Brookes", "Butler", "Carter",
    "Chadwick", "Chauhan", "Clarke", "Cole", "Cooper", "Dale", "Davies", "Dhillon", "Dixon",
    "Doherty", "Edwards", "Ellis", "Evans", "Farrell", "Fletcher", "Ford", "Foster", "Gill",
    "Gordon", "Graham", "Green", "Griffiths", "Hall", "Harris", "Hart", "Hayes", "Hill", "Holt",
    "Hughes", "Hussain", "Jackson", "James", "Johal", "Johnson", "Jones", "Kaur", "Kelly", "Khan",
    "Kowalski", "Lane", "Lawrence", "Lee", "Lewis", "Lloyd", "Malik", "Marsh", "Mason",
    "McCarthy", "Mistry", "Mitchell", "Moore", "Morgan", "Morris", "Murphy", "Nowak", "Nwosu",
    "Okafor", "Oliver", "Osei", "Owen", "Parker", "Patel", "Pearce", "Phillips", "Price",
    "Rahman", "Reid", "Richards", "Roberts", "Robinson", "Rowley", "Sandhu", "Shah", "Sharma",
    "Simpson", "Singh", "Smith", "Stevens", "Sutton", "Taylor", "Thomas", "Thompson", "Turner",
    "Walker", "Walsh", "Ward", "Watson", "Webb", "Whitehouse", "Williams", "Wilson", "Wood",
    "Wright", "Yates", "Young", "Mensah", "Adeyemi", "Kovacs", "Brennan", "Quinn", "Hartley",
)
# First letters of initials, weighted roughly like English given names and surnames.
_INITIAL_FIRST = "AAAABBCCCDDEEEFGGHHIJJJJKKLLLMMMMNNOPRRSSSSTTTWZ"
_INITIAL_LAST = "AABBBBCCCCDDEFFGGHHHHIJJKKLLLMMMMNOPPPRRRSSSSSTTTWWWWY"

DISTRICTS = (
    "North", "South", "East", "West", "Moorlands", "Tamworth", "Cannock", "Lichfield",
    "Stafford", "Newcastle", "Burton", "Stone", "Leek", "Rugeley", "Uttoxeter", "Biddulph",
)

# Team kinds: the name (a "{d}" is a district), the plan types of their children with weights,
# the children's age range, and the concerns those children come with.
_TEAM_KINDS = {
    "front_door": ("Front Door (MASH){d}", {"other": 5, "early_help": 3, "cin": 2}, (0, 17),
                   ("neglect", "da", "mh", "sub", "school", "housing", "exploit", "selfharm")),
    "assessment": ("Assessment{d}", {"other": 5, "cin": 3, "cp": 2, "early_help": 1}, (0, 17),
                   ("neglect", "da", "mh", "sub", "school", "housing", "exploit", "baby")),
    "cin": ("Children in Need{d}", {"cin": 7, "cp": 2, "early_help": 2, "other": 1}, (0, 17),
            ("neglect", "da", "mh", "sub", "school", "housing", "selfharm", "disability")),
    "cp": ("Child Protection{d}", {"cp": 7, "cin": 3, "other": 1}, (0, 16),
           ("neglect", "da", "mh", "sub", "baby", "exploit", "school")),
    "cic": ("Children in Care{d}", {"cic": 9, "other": 1}, (0, 17),
            ("placement", "exploit", "selfharm", "school", "uasc", "disability")),
    "leaving": ("Leaving Care{d}", {"care_leaver": 10, "cic": 1}, (17, 22),
                ("leaving", "uasc", "mh", "sub", "housing", "exploit")),
    "disabled": ("Disabled Children{d}", {"cin": 6, "cic": 2, "other": 2, "cp": 1}, (0, 17),
                 ("disability", "school", "mh", "neglect", "placement")),
    "family_safeguarding": ("Family Safeguarding{d}", {"cp": 6, "cin": 4, "other": 1}, (0, 16),
                            ("da", "sub", "mh", "neglect", "baby", "school")),
    "adolescent": ("Adolescent Safeguarding{d}", {"cin": 4, "cp": 3, "cic": 2, "other": 1},
                   (11, 17), ("exploit", "selfharm", "school", "mh", "sub")),
}
# The first teams get the names people expect to see in a demo.
_FIRST_TEAMS = (
    ("front_door", ""), ("assessment", "North"), ("cin", "East"), ("cp", "Moorlands"),
    ("cic", ""), ("leaving", ""), ("disabled", ""), ("family_safeguarding", "South"),
)

# --- text pools --------------------------------------------------------------------------
# Placeholders: {I} initials "K.M.", {F} first initial "K", {he} {him} {his} {He} {His},
# {age}, {carer} {Carer} (who the child lives with), {parent} {Parent}, {setting} (nursery,
# school, college), {sw} the worker's first name, {tm} the manager's first name, {n} {m}
# small numbers, {pct} {pct2} percentages, {weeks}, {day} a weekday, {when} a recent date,
# {next} a date ahead, {scale} {prev} safety scales, {sib} a sibling, {ref} the case ref.

MINIMAL_UPDATES = (
    "Discussed, continue with plan.",
    "Case discussed. No concerns. Plan to continue.",
    "Update given. Actions as above.",
    "Discussed in supervision. Continue.",
    "No change. Continue with current plan.",
    "Case discussed - nothing new to add.",
    "Update provided by SW. Plan remains the same.",
    "Discussed. SW to continue to visit.",
    "Case reviewed. Plan continues.",
    "Brief update given, no change.",
    "Ongoing. Continue as per plan.",
    "Discussed - see previous supervision.",
    "Plan progressing. Continue.",
    "SW updated. No new concerns raised.",
    "Case discussed and plan agreed to continue.",
    "Nothing further to add this month.",
)
FILLERS = ("N/A", "as above", "discussed", "See above.", "No concerns.", "-", "Nil", "ongoing",
           "As before.", "Discussed.", "n/a", "As per update", "No change")

PLAN_PHRASES = {
    "early_help": ("open to Early Help (family support worker allocated)", "on an early help plan",
                   "EH plan via the family hub", "stepped down to early help support"),
    "cin": ("on a CIN plan", "open as a child in need", "CIN plan, reviewed {weeks} weeks ago",
            "subject to a child in need plan"),
    "cp": ("on a CP plan", "subject to a child protection plan", "CP plan since the ICPC",
           "on a protection plan ({n} months)"),
    "cic": ("looked after (s20)", "in care under an interim care order", "CiC, care order in place",
            "looked after and placed with foster carers"),
    "care_leaver": ("a care leaver with a pathway plan", "care leaver, PA allocated",
                    "former relevant child, pathway plan in place"),
    "other": ("in assessment (day {n}0 of 45)", "under a single assessment", "open for a s47 enquiry",
              "in a private fostering arrangement", "open while the assessment is completed"),
}

# What is happening (descriptive), by concern.
UPDATE = {
    "neglect": (
        "Home conditions were poor again at the unannounced visit on {day}: little food in the cupboards and dirty bedding.",
        "{Parent} has tidied the house and the bedrooms now have beds, following the charity referral.",
        "{Setting} report {F} often arrives in the same clothes and hungry.",
        "Health visitor has not been able to weigh {F} for {n} weeks as appointments were missed.",
        "{F}'s dental treatment is still outstanding; {parent} missed two appointments.",
        "{Setting} say {F} has head lice again and is being teased by other children.",
        "The home was warm and there was food in the fridge at the last visit, which is a change from the spring.",
    ),
    "da": (
        "Police were called to the home on {day} after an argument between {parent} and {partner}; {F} was in the house.",
        "{Parent} has ended the relationship and an injunction is in place, though neighbours say {partner} has been seen at the address.",
        "{Parent} has started the Freedom Programme and has attended {n} of 11 sessions.",
        "A MARAC referral was made after the last incident; the IDVA is now working with {parent}.",
        "{partner} has not engaged with the perpetrator programme and refuses to meet SW.",
        "There have been no police call-outs since the last supervision.",
        "{Parent} told SW that {partner} has been messaging {pobj} again and {ps} has not reported it.",
    ),
    "mh": (
        "{Parent}'s mental health has deteriorated; the GP has increased {pp} medication and the crisis team visited twice.",
        "{Parent} is now under the community mental health team and has a care coordinator.",
        "{Parent} was admitted to hospital under s2 for {n} weeks; {F} stayed with {sib_carer}.",
        "{Parent} says {ps} is feeling better and is attending {pp} talking therapy sessions.",
        "{Parent} missed {pp} psychiatric review and is not picking up calls from the CMHT.",
    ),
    "sub": (
        "{Parent} tested positive for cocaine on the last hair strand test despite saying {ps} has stopped.",
        "{Parent} is engaging with the drug and alcohol service and has had {n} negative tests in a row.",
        "{Parent} was found under the influence on {day} while {F} was in {pp} sole care.",
        "{partner} is back at the address and there are worries about cannabis use in the home.",
        "{Parent} has started a detox programme; a relapse plan has been written with the family.",
    ),
    "exploit": (
        "{F} was reported missing {n} times this month, once found in another county with older males.",
        "Police found {F} with cash and two phones; an NRM referral has been discussed.",
        "{F} was discussed at the exploitation (MACE) panel; disruption notices are in place for two adults.",
        "{F} has started spending time with a group of older boys in the town centre and comes home late.",
        "{F} was returned by police at 3am on {day}; the return home interview was completed by the missing team.",
        "There are online messages suggesting {F} is being groomed; CEOP referral made by school.",
        "{F} has not been missing since moving to the new placement.",
    ),
    "school": (
        "Attendance is {pct}% this term, down from {pct2}% last term.",
        "{F} has been excluded for {n} days after an incident with a teacher.",
        "School have moved {F} to a reduced timetable of mornings only.",
        "{F} has a place at the alternative provision from next month.",
        "Attendance has improved to {pct}% since the school started collecting {F} in the minibus.",
        "The EHCP assessment has been agreed by the local authority.",
        "{F} is not in any education at present; the children missing education officer is involved.",
    ),
    "disability": (
        "{F} has a diagnosis of autism and is non-verbal; the short breaks package is {n} nights a month.",
        "Occupational therapy have assessed the home and a ceiling hoist is on order.",
        "{Parent} is exhausted and has asked for more respite; the overnight short breaks have been cancelled twice.",
        "The EHCP annual review was held; {F}'s new school placement is confirmed.",
        "{F} had {n} seizures this month and the epilepsy nurse has reviewed the care plan.",
        "The direct payments have not been set up yet, so {parent} has had no help at home.",
    ),
    "uasc": (
        "{F} arrived in the UK {n} months ago and is awaiting the Home Office interview.",
        "{F} has an age assessment booked; the advocate will attend.",
        "{F} is attending ESOL classes at college three days a week.",
        "{F} has been in contact with a cousin in London by phone and wants to move there.",
        "The immigration solicitor has submitted the asylum claim; no date yet.",
    ),
    "selfharm": (
        "{F} disclosed self-harm (cutting) to a teacher; CAMHS referral made and accepted.",
        "{F} attended A&E on {day} after taking an overdose of paracetamol; discharged with CAMHS follow-up.",
        "{F} has been seen by CAMHS twice and has a safety plan.",
        "School report {F} has been withdrawn and not eating at lunchtime.",
        "There have been no further incidents of self-harm since {F} started seeing the school counsellor.",
    ),
    "housing": (
        "The family have been served a section 21 notice and must leave by the end of the month.",
        "The family are in temporary accommodation (one room in a hotel) {n} miles from {setting}.",
        "Housing have offered a two-bedroom flat; the family move next week.",
        "Damp and mould in the bedroom; {F}'s asthma has been worse. Landlord contacted.",
        "Rent arrears of over £{n}00 have built up and there is a possession hearing next month.",
    ),
    "baby": (
        "The baby was born on {day}; discharge planning meeting held and the baby went home with {parent} under a written agreement.",
        "Bruising was noted on {F}'s ear by the HV; child protection medical completed.",
        "{Parent} is staying at the parent and baby foster placement; the residential assessment has started.",
        "The pre-birth assessment is complete and recommends a CP plan from birth.",
        "The HV reports {F} is gaining weight well and {parent} is following safe sleep advice.",
    ),
    "placement": (
        "{F} has moved placement {n} times in the last year and is now with new foster carers.",
        "The foster carers have given 28 days' notice.",
        "{F} has settled well with the carers and calls them by their first names.",
        "Family time with {parent} is now fortnightly and supervised at the contact centre.",
        "The CLA review was held on {day}; the IRO has agreed the care plan for long-term fostering.",
        "The permanence panel has approved the match with the current carers.",
        "{F} is in a residential home out of county, {n}0 miles from {his} family and school.",
    ),
    "leaving": (
        "{F} is living in semi-independent accommodation and paying a service charge.",
        "{F} has been offered a council tenancy and is waiting for the keys.",
        "{F} is not in education, employment or training and has missed two appointments with the PA.",
        "{F} has started an apprenticeship with a local garage.",
        "The pathway plan was reviewed on {day}; {F} did not attend.",
        "{F} has rent arrears and has been using food banks.",
        "{F} passed {his} driving theory test and has a part-time job.",
    ),
}

# Risk: what we are worried about (danger and harm), by concern.
WORRY = {
    "neglect": ("{F} going hungry and unsupervised for long periods", "{F}'s health needs being missed",
                "the chronic nature of the neglect and its effect on {F}'s development"),
    "da": ("{F} being caught up in violence between the adults", "{partner} returning to the home",
           "the emotional harm of {F} living with fear and shouting"),
    "mh": ("{parent}'s ability to care for {F} when her mental health is poor",
           "{F} taking on a young carer role", "an unplanned crisis with no adult to care for {F}"),
    "sub": ("{parent} being under the influence while caring for {F}", "unsafe adults in the home linked to drug use",
            "{F} finding and swallowing drugs left within reach"),
    "exploit": ("criminal exploitation and county lines", "sexual exploitation by older males",
                "serious violence, including knife crime", "{F} going missing and not being found"),
    "school": ("{F} falling further behind and becoming invisible to professionals",
               "{F} being out of school and unsupervised in the day"),
    "disability": ("carer breakdown and {F}'s needs not being met", "{F} being unable to tell anyone if harmed",
                   "missed medical care"),
    "uasc": ("trafficking and going missing", "the trauma of {his} journey", "isolation and low mood"),
    "selfharm": ("further self-harm or a suicide attempt", "{F}'s low mood not being noticed at home"),
    "housing": ("the family becoming homeless", "{F} losing {his} {setting} place and friends",
                "the effect of damp on {F}'s health"),
    "baby": ("non-accidental injury to a non-mobile baby", "unsafe sleeping", "{F} not being fed or seen by health"),
    "placement": ("another placement breakdown", "{F} feeling rejected and unsettled",
                  "{F} losing contact with {his} brothers and sisters"),
    "leaving": ("{F} losing the tenancy", "financial exploitation", "isolation and loneliness",
                "{F} not having enough money for food"),
}

# Risk: what is working well (safety and strengths), by concern.
SAFETY = {
    "neglect": ("the breakfast club at {setting} means {F} eats every morning", "{sib_carer} visits daily and helps with meals",
                "{parent} has kept every health appointment this month"),
    "da": ("{parent} has a safety plan and {F} knows to go to the neighbour's", "the non-molestation order is in place",
           "{parent} made the call to the police at the last incident"),
    "mh": ("{sib_carer} is a consistent support and stays over when {parent} is unwell",
           "{parent} recognises {pp} early warning signs", "the care coordinator visits weekly"),
    "sub": ("{parent} has had {n} clear tests", "{sib_carer} is the agreed safe adult when {parent} uses",
            "the drug service key worker shares information quickly"),
    "exploit": ("{F} has a good relationship with the youth worker", "{F} now tells {carer} where {he} is going",
                "police disruption has kept the adults away"),
    "school": ("the head of year meets {F} every morning", "{F} enjoys art and goes in on those days"),
    "disability": ("the short breaks carers know {F} well", "school manage {F}'s needs well and communicate daily"),
    "uasc": ("{F} has a friend from the same region at college", "{F} engages well with the key worker"),
    "selfharm": ("{F} has a trusted adult at school", "{carer} has removed medication and sharps"),
    "housing": ("the housing officer is prioritising the family", "{F}'s school is providing transport"),
    "baby": ("{parent} follows safe sleep advice", "{sib_carer} is approved as a supervisor of contact",
             "the HV visits weekly"),
    "placement": ("the carers are committed to {F}", "{F} has a good relationship with {his} IRO"),
    "leaving": ("{F} keeps in touch with the PA by text", "{F}'s former foster carer still sees {him} weekly"),
}

# Reflection: hypotheses and analysis, by concern.
HYPOTHESIS = {
    "neglect": (
        "{parent}'s own childhood in care may mean {ps} has had no model of routine and care to draw on",
        "the neglect worsens when {parent} is low, so it may be {pp} mood rather than lack of knowledge that we need to work on",
        "we have given advice many times; repeating it is unlikely to change anything, so the question is whether {parent} can sustain change",
    ),
    "da": (
        "{parent} may be minimising because {ps} fears {F} will be removed if {ps} is honest",
        "{partner}'s control seems to extend to finances and phone use, so ending the relationship may not have ended the risk",
        "{F}'s behaviour at school may be {his} way of showing the fear {he} lives with at home",
    ),
    "mh": (
        "{F}'s quietness could be hypervigilance rather than contentment",
        "{parent}'s crises cluster around anniversaries and court dates, which suggests we can plan for them",
    ),
    "sub": (
        "the negative tests sit alongside a pattern of missed visits, which makes me cautious about reading too much into them",
        "{parent}'s use seems to increase when {partner} is around, so the relationship may be the real risk",
    ),
    "exploit": (
        "{F} may see the older males as the only people who give {him} status and money",
        "the missing episodes started after the placement move, so loss and belonging may be driving them",
        "we may be treating {F} as a problem to be managed rather than a victim of exploitation",
    ),
    "school": (
        "the non-attendance may be anxiety about leaving {parent} alone rather than defiance",
        "{F} may be avoiding school because {he} is struggling to read and feels ashamed",
    ),
    "disability": (
        "{parent}'s exhaustion is the biggest risk to {F} and we have been slow to respond to it",
        "{F}'s distress at short breaks may be the change of routine rather than anything happening there",
    ),
    "uasc": (
        "{F}'s wish to move to London may be about belonging and family rather than rejecting the placement",
        "{his} low mood may be trauma surfacing now that {he} is safe",
    ),
    "selfharm": (
        "the self-harm may be {F}'s way of coping with feelings {he} cannot say out loud",
        "the timing with family time suggests the contact arrangements may be part of the picture",
    ),
    "housing": ("the housing crisis is absorbing all of {parent}'s energy, leaving little for {F}",),
    "baby": (
        "{parent} presents well with professionals but we have not seen {pobj} under stress",
        "the explanations for the bruising have changed, which needs to be weighed carefully",
    ),
    "placement": (
        "each move has confirmed {F}'s belief that adults give up on {him}",
        "{F}'s behaviour tests the carers because {he} expects them to leave",
    ),
    "leaving": (
        "{F} may be disengaging from the PA because the service feels like another set of professionals telling {him} what to do",
        "the arrears may be a sign of financial exploitation by friends who stay over",
    ),
}

# Impact on the child, by concern (what is different for the child).
IMPACT = {
    "neglect": ("{F} has put on weight and {setting} say {he} is more settled",
                "{F}'s teeth have now been treated and {he} is no longer in pain",
                "nothing has changed for {F}: {he} still arrives hungry"),
    "da": ("{F} is sleeping through the night since the incidents stopped",
           "{F}'s teacher says {he} no longer flinches at raised voices",
           "{F} still wets the bed and is anxious when {parent} leaves the room"),
    "mh": ("{F} is going to school more regularly now that {parent} is stable",
           "{F} is still looking after {parent} and missing out on clubs and friends"),
    "sub": ("{F} has had a settled routine for {weeks} weeks", "{F} remains unsure whether {parent} will be well when {he} gets home"),
    "exploit": ("{F} has not been missing for {weeks} weeks and is back in school three days a week",
                "{F} is still going missing and the plan has not made {him} safer"),
    "school": ("{F}'s attendance has risen to {pct}% and {he} has made a friend",
               "{F} remains out of education and is falling behind"),
    "disability": ("{F} is calmer at home since the new routine and sleeping better",
                   "{F} has had no overnight breaks and the family are close to breaking point"),
    "uasc": ("{F} is sleeping better and has started to smile and joke with the carers",),
    "selfharm": ("{F} has not self-harmed for {weeks} weeks and has a plan for bad days",
                 "{F} is still self-harming and says nothing helps"),
    "housing": ("{F} has a bed of {his} own for the first time", "{F} is travelling two hours a day to {setting} and is exhausted"),
    "baby": ("{F} is thriving, gaining weight and meeting milestones", "{F} is handled gently and fed on time, as seen at the last three visits"),
    "placement": ("{F} is more settled, doing homework and has joined a football team",
                  "{F} still feels the move was a punishment and talks about wanting to go home"),
    "leaving": ("{F} has kept the tenancy for {n} months and budgets better",
                "{F} is isolated and often without money for food"),
}

ACTIONS = {
    "neglect": ("Unannounced home visit to check home conditions and food", "Refer to the HV for a growth check",
                "Complete the Graded Care Profile 2 with {parent}", "Book dental appointment and go with {parent}",
                "Apply for a grant for beds and bedding"),
    "da": ("Meet {partner} to discuss the perpetrator programme", "Share the safety plan with school",
           "Direct work with {F} on feelings and safety", "Check police logs weekly and update the chronology",
           "Refer {parent} to the IDVA"),
    "mh": ("Liaise with the care coordinator about {parent}'s relapse plan", "Young carers assessment for {F}",
           "Agree a contingency plan with {sib_carer}"),
    "sub": ("Request hair strand test results", "Joint visit with the drug service key worker",
            "Agree written safety plan for when {parent} uses"),
    "exploit": ("Complete exploitation screening tool and refer to MACE", "Submit NRM referral",
                "Strategy meeting with police about the adults involved", "Refer {F} to the youth worker",
                "Safety mapping with {F}"),
    "school": ("Attend the attendance meeting at school", "Request EHCP needs assessment",
               "Ask school for a full-time timetable plan"),
    "disability": ("Request review of the short breaks package", "Chase OT for the equipment",
                   "Carer's assessment for {parent}"),
    "uasc": ("Book the age assessment with an interpreter", "Contact the immigration solicitor for an update",
             "Arrange ESOL enrolment at college"),
    "selfharm": ("Chase CAMHS for the assessment date", "Update the safety plan with {F} and carers",
                 "Share the risk assessment with school"),
    "housing": ("Letter of support to housing", "Referral to the family's housing support officer",
                "Check the welfare benefits claim"),
    "baby": ("Joint visit with the HV", "Review the written agreement with {parent}", "Safe sleep visit"),
    "placement": ("Placement stability meeting", "Life story work sessions with {F}",
                  "Update the care plan before the CLA review"),
    "leaving": ("Review the pathway plan with {F}", "Help {F} set up a budget and bank account",
                "Referral to the education and employment adviser"),
}
GENERIC_ACTIONS = (
    "Visit {F} at home and see {him} alone", "Update the chronology", "Complete the assessment",
    "Convene a core group meeting", "Refer to FGC", "Write up the case summary", "Complete direct work with {F}",
    "Share minutes with the family", "Update the plan with measurable targets", "Liaise with school",
    "Speak to {F}'s {absent} about their involvement", "Check the genogram is up to date",
)
OWNERS_OTHER = ("TM", "School DSL", "HV", "IRO", "Family support worker", "PA", "CAMHS", "Business support",
                "Foster carers", "Police", "Youth worker", "Legal")

# The child's lived experience and voice.
VOICE = {
    "baby": (
        "{F} was alert and smiling during the visit and turned towards {parent}'s voice.",
        "{F} was in a soiled nappy and cried for most of the visit; {parent} did not pick {him} up.",
        "{F} was observed asleep in a Moses basket, clean and well dressed.",
        "{F} reached for {parent} and settled quickly when held, which suggests a secure bond.",
    ),
    "young": (
        "{F} drew a picture of {his} house with everyone in it and said it was \"a happy house now\".",
        "{F} told SW \"I don't like it when Mummy is poorly\".",
        "In the three houses tool {F} put \"shouting\" in the house of worries.",
        "{F} said {his} favourite thing is going to the park with {sib_carer}.",
        "{F} did not want to talk and hid behind the sofa until {parent} left the room.",
        "{F} showed SW {his} bedroom and said \"this is my bed, I sleep here all by myself\".",
        "{F} said \"the man comes and makes mummy sad\".",
        "{F} said {he} is hungry at night sometimes.",
    ),
    "middle": (
        "{F} said \"I worry about mum when I'm at school\".",
        "When asked what {he} would change, {F} said {he} wants the arguing to stop.",
        "{F} told SW that {he} likes {his} new teacher and wants to go to the after-school club.",
        "{F} scored {his} home life as 4 out of 10 and said it would be higher if {parent} stopped drinking.",
        "{F} said {he} feels safe at home now because the police came and the man has gone.",
        "{F} wrote in {his} wishes and feelings book: \"I want to live with Nan\".",
        "{F} said school is boring and {he} would rather stay at home with {parent}.",
        "{F} told SW {he} gets the younger ones ready for school most mornings.",
    ),
    "teen": (
        "{F} said \"nobody listens, you all just write stuff down\".",
        "{F} said {he} feels safer in the new placement but misses {his} friends.",
        "{F} told SW the older lads \"look out for me\" and give {him} money for food.",
        "{F} said {he} doesn't see the point in school because {he} is too far behind.",
        "{F} said {he} cuts when {he} feels overwhelmed and it helps for a bit.",
        "{F} said \"I just want to be normal and not have a social worker\".",
        "{F} told SW {he} wants to see {his} brother more than anything else.",
        "{F} refused to meet SW this month; {carer} says {he} is spending most evenings in {his} room.",
        "{F} said {he} likes the carers but does not trust that {he} will stay.",
    ),
    "adult": (
        "{F} said \"I'm managing, just about, but the money runs out by Thursday\".",
        "{F} told the PA {he} feels lonely in the flat and goes out to avoid being on {his} own.",
        "{F} said {he} is proud of getting the apprenticeship and wants people to know.",
        "{F} said {he} would like help with forms but does not want a lecture.",
        "{F} said the PA is the only person who has stuck around.",
    ),
    "nonverbal": (
        "{F} used {his} PECS cards to show SW that {he} likes swimming and the bus.",
        "{F} is non-verbal; {he} was calm and engaged with SW through the sensory toys.",
        "{F} became distressed when the routine changed and calmed when {parent} sang to {him}.",
    ),
}
DAY_IN_LIFE = (
    "A day for {F} at the moment: up at 7, gets {him}self ready as {parent} is usually asleep, walks to {setting} alone.",
    "For {F}, most evenings are spent in {his} room on {his} phone; meals are not eaten together.",
    "{F}'s day is structured around {his} care needs: up at 6 for medication, transport to {setting}, tea and bath with {parent}.",
    "{F} spends weekends at {sib_carer}'s, which {he} describes as the best part of the week.",
    "{F} wakes in the night when there is shouting and then struggles to get up for {setting}.",
    "{F}'s week now includes football on Tuesdays and family time on Saturdays, which gives {him} something to look forward to.",
)

REFLECTION_OPENERS = (
    "My hypothesis is that ", "We discussed whether ", "One explanation is that ", "I wonder if ",
    "In reflecting on this, we think ", "Our working hypothesis: ", "{sw} thinks ", "We considered that ",
    "Thinking about why this keeps happening, ", "Another way to see this is that ",
)
REFLECTION_FOLLOW = (
    "We need to test this by {test}.",
    "If this is right, the plan should focus on {focus}.",
    "The alternative view is that {parent} does not yet see the impact on {F}; we will test both at the next visit.",
    "This changes how we approach the next core group.",
    "We reflected on our own optimism: the last three reviews said things were improving but the evidence is thin.",
    "{sw} reflected that {sw_pron} may have been drawn into rescuing {parent} rather than keeping {F} in focus.",
    "It is important we hold {F}'s experience at the centre and not only {parent}'s progress.",
)
TESTS = ("seeing {F} alone at school", "speaking to {F}'s father", "asking {setting} for their observations",
         "an unannounced visit at teatime", "checking with the GP", "talking to {sib_carer}")
FOCUS = ("{parent}'s mood and support network", "routines and {F}'s day-to-day care",
         "{F}'s sense of belonging", "safety when {partner} is around", "practical help with money and housing")

SCALE_LINES = (
    "Safety scale: {scale}/10 (0 = {F} cannot stay at home, 10 = safe enough to close). Last time {prev}/10.",
    "Scaled {scale} out of 10 today, where 10 means everyone is confident {F} is safe; {prev} at the last supervision.",
    "{sw} scaled safety at {scale}/10, I would put it at {scale_tm}.",
    "On a 0-10 scale we agreed {scale}.",
)
SCALE_REASONS_UP = ("because the protective factors are now in place and tested", "because there have been no incidents for {weeks} weeks",
                    "as {parent} has shown {ps} can keep {F} safe for a sustained period")
SCALE_REASONS_DOWN = ("because the worries above have happened again", "as there is no evidence of sustained change",
                      "because the safety plan was not followed")

CHALLENGE = (
    "I challenged whether the plan is making any difference for {F}: we have been here before.",
    "I asked {sw} what {F} would say about how things are now, and we did not know; {F} needs to be seen alone before the next review.",
    "I questioned whether we are being over-optimistic about {parent}'s engagement when the evidence shows little change.",
    "I challenged the drift: the plan has been in place for {n} months without measurable progress.",
    "We discussed the risk of start-again syndrome; this family's history needs to be read in full.",
    "I asked why {F}'s {absent} has not been assessed; they should be part of the plan.",
    "I challenged the use of \"engaging well\": attending meetings is not the same as change for {F}.",
    "I asked {sw} to consider whether threshold for PLO is now met.",
    "I pointed out that the actions from last time have not been done and asked what gets in the way.",
    "I asked what it would take for {F} to score {his} own safety higher.",
    "I challenged whether {F}'s voice is really in the plan or only the adults' views.",
    "I questioned the decision to step down when the school still have worries.",
)
WEAK_CHALLENGE = ("Discussed.", "No challenge needed.", "SW managing well.", "Agreed with SW.", "None.")

DECISIONS = {
    "cp": (
        ("Remain on CP plan", "the worries about {worry} have not reduced enough to step down"),
        ("Request a legal planning meeting", "there has been no sustained change after {n} months on a plan"),
        ("Convene RCPC early", "the risk has increased since the last conference"),
        ("Recommend step down to CIN at the RCPC", "the safety plan has held for {weeks} weeks and {F} says {he} feels safe"),
    ),
    "cin": (
        ("Continue CIN plan for a further three months", "progress is real but recent"),
        ("Strategy discussion to consider s47", "the new information suggests significant harm"),
        ("Step down to early help", "the CIN plan outcomes are met and the family want the family hub's support"),
        ("Close after the next review", "the goals have been achieved and sustained"),
    ),
    "cic": (
        ("Pursue long-term fostering with current carers", "{F} is settled and wants to stay"),
        ("Increase family time with {parent} to weekly", "family time has gone well and {F} asks for more"),
        ("Request a placement stability meeting", "the carers are struggling and {F} has had too many moves"),
        ("Explore special guardianship with {sib_carer}", "{F} has a strong bond and this would give permanence outside care"),
    ),
    "care_leaver": (
        ("Extend staying put arrangement", "{F} is not ready to live independently"),
        ("Apply for the setting-up-home allowance", "{F} has been offered a tenancy"),
        ("Refer to adult mental health services", "{F}'s needs will continue past 25"),
    ),
    "early_help": (
        ("Continue early help plan", "the family are engaging and the worries are below CIN threshold"),
        ("Step up to a CIN assessment", "the worries have grown and early help has not been enough"),
        ("Close to early help", "the family have met their goals"),
    ),
    "other": (
        ("Complete the assessment and recommend a CIN plan", "the needs are clear and {parent} agrees"),
        ("Convene ICPC", "the s47 enquiry substantiated concerns of significant harm"),
        ("No further action after assessment", "the worries were not substantiated and there is a support network"),
        ("Extend the assessment timescale by two weeks", "{F}'s {absent} has not yet been seen and their view is needed"),
        ("Refer to LADO", "the allegation concerns a professional working with children"),
    ),
}
# Decisions that sit beside any of the above.
ALSO_DECISIONS = (
    ("Refer to FGC", "the wider family have not been involved in safety planning and could offer support"),
    ("Hold a multi-agency meeting", "school and health hold different views about how safe {F} is"),
    ("Seek legal advice", "we need to know where the threshold sits before the next review"),
    ("Allocate a family support worker", "{parent} needs practical help with routines, not more advice"),
    ("{F} to be seen alone at every visit", "{his} view is missing from the last two records"),
    ("Ask the {absent} to attend the next meeting", "{F}'s {absent} has been left out of the plan so far"),
)
CLOSURES = ("Close the case", "Close to children's social care: step down to universal services",
            "Case closure agreed", "Close the case with a step down to early help")
CLOSURE_REASONS = ("the plan's outcomes are met and {parent} has managed without us for {weeks} weeks",
                   "there is no further role for children's social care; {setting} will keep an eye and refer back",
                   "{F} is safe and settled and the family agree the plan has done its job")
WEAK_DECISIONS = (("Continue with plan", ""), ("Plan to continue", ""), ("No change", ""), ("SW to continue", ""),
                  ("Continue", "Agreed"), ("Keep open", "ongoing concerns"))

PROGRESS = {
    "cp": ("RCPC is booked for {next}.", "Core group met on {day}; the plan was updated with timescales.",
           "Legal gateway held: threshold for PLO met, letter before proceedings to be sent.",
           "Pre-proceedings meeting held; {parent} attended with {pp} solicitor.",
           "The plan has drifted: {n} months on a CP plan with no change in the scale.",
           "FGC booked; the family network includes {sib_carer}."),
    "cin": ("CIN review held on {day}; goals updated.", "CIN review overdue, to be booked this week.",
            "FGC referral made; the coordinator has met {parent}.",
            "Escalated to the service manager as the CIN plan has not progressed.",
            "Next CIN review {next}."),
    "cic": ("CLA review on {next}; IRO consulted on the change of plan.", "The permanence plan is on track for panel.",
            "IRO has raised a dispute about drift in the care plan; we are responding.",
            "Care proceedings: final hearing listed for {next}."),
    "care_leaver": ("Pathway plan review due {next}.", "Pathway plan updated with {F}'s goals.",
                    "Transition to adult services: referral made."),
    "early_help": ("Team around the family meeting on {next}.", "Review at 12 weeks: goals partly met.",
                   "Family hub have agreed to continue the support."),
    "other": ("Assessment due by {next}.", "Assessment is out of timescale; extension authorised by TM.",
              "Strategy meeting held on {day}.", "LADO consulted; advice followed.",
              "Assessment authorised and plan agreed with {parent}."),
}

REVIEW_NOTES = {
    "done": ("Done.", "Completed on {when}.", "Done - report on file.", "Completed; outcome discussed above.",
             "Done, {F} seen alone.", "Referral accepted.", ""),
    "not_done": ("Not done - {parent} cancelled twice; rebooked.", "Not done: SW off sick for a week.",
                 "Not done, waiting for the other agency to reply.", "Not done, ran out of time before the review.",
                 "Not done; school did not respond, escalated to the head.", "Outstanding - diary pressures."),
    "no_longer_needed": ("No longer needed: the family moved address.", "Superseded by the decision to go to ICPC.",
                         "No longer needed as {F} is now in placement.", "Not needed - the referral was made by school.",
                         "No longer required following the strategy meeting."),
}

WELLBEING = {
    0: ("", "Fine.", "OK", "No issues.", "N/A", "Wellbeing discussed."),
    1: ("{sw} says {sw_pron} is fine.", "No wellbeing issues raised.", "{sw} reports feeling OK, busy.",
        "Discussed, no concerns.", "Well supported by the team."),
    2: ("{sw} said the last month has been tiring with two court cases; we agreed {sw_pron} will take TOIL.",
        "{sw} is feeling stretched but supported by the team; EAP details shared again.",
        "{sw} had a difficult visit where {sw_pron} was threatened by a parent; we talked through what happened and the lone working plan was updated.",
        "{sw} is back from sick leave; a phased return has been agreed with HR and OH.",
        "{sw} said {sw_pron} is sleeping badly and thinking about cases at night; we discussed boundaries and a referral to the wellbeing service.",
        "{sw} feels more confident this month and enjoyed presenting at the conference.",
        "{sw} is affected by the death of a young person known to the team; a debrief has been arranged and {sw_pron} knows {sw_pron} can talk to me at any time."),
}
WORKLOAD = {
    0: ("", "Busy.", "Manageable.", "OK", "N/A"),
    1: ("Caseload {caseload}.", "{caseload} cases, manageable.", "High caseload but coping.",
        "Workload discussed."),
    2: ("Caseload is {caseload}, above the team target of 18; two cases will be reallocated when the new starter joins.",
        "{caseload} children including {m} on CP plans and one in proceedings; no new allocations for two weeks.",
        "Caseload {caseload} (protected caseload for ASYE); the complexity is right for this stage.",
        "{sw} has {caseload} children and {m} assessments out of timescale; we agreed priorities and I will speak to the service manager about capacity.",
        "Recording is {m} weeks behind; a protected recording day has been agreed for Friday.",
        "{caseload} cases; court statements due next week, so duty has been covered by a colleague."),
}
DEVELOPMENT = {
    0: ("", "N/A", "Nothing this month.", "Discussed."),
    1: ("Training booked.", "Appraisal due.", "ASYE ongoing.", "{sw} to attend training."),
    2: ("ASYE: direct observation booked for next month; critical reflection log on the assessment of {obs} to be written.",
        "{sw} has completed the Signs of Safety two-day training and is using the three houses tool.",
        "Appraisal objectives reviewed: court skills course done, practice educator award to start in September.",
        "We discussed the PCF domain on critical reflection and analysis; {sw} will bring a case to group supervision.",
        "{sw} wants to develop in exploitation work and will shadow the adolescent team for a day.",
        "{sw} is applying for the senior practitioner post; we agreed a development plan.",
        "ASYE mid-point review completed; {sw} is on track and the assessor's feedback was positive."),
}
DISAGREEMENTS = (
    "I don't agree that the visit was late through my practice. I flagged my caseload in {month} and it was not reduced.",
    "I do not agree with the decision to step down; I think the risk is still high and want my view recorded.",
    "The record does not reflect that I asked for a legal planning meeting two months ago.",
    "I disagree with the safety scale of {scale}; from my visits I would put it lower.",
    "I am unhappy that my wellbeing concerns are recorded as \"fine\" - I said I was struggling.",
    "I don't accept that the actions were not completed; two were waiting for other agencies.",
)
ADDENDA = (
    ("Correction", "The RCPC date recorded above is wrong; it is {next}."),
    ("Information received after supervision", "School have since reported that {F} disclosed further worries on {day}; a strategy discussion is being arranged."),
    ("Clarification requested by the IRO", "The decision to increase family time was agreed with the IRO before supervision."),
    ("Supervisee's comments", "Following discussion, the actions have been amended so the FGC referral is owned by the TM."),
    ("Omission", "The safety scale discussed in supervision was not recorded: it was {scale}/10."),
    ("Legal advice", "Legal advice received: threshold for proceedings not yet met; continue in PLO for 12 weeks."),
)
HEADINGS = {
    "update": ("Update:", "Summary:", "Since last supervision:", "What is happening:", "Update -"),
    "lived_experience": ("Voice of the child:", "Child's lived experience:", "{F}'s views and experience:", "Lived experience -"),
    "reflection": ("Analysis:", "Reflection:", "What we think is going on:", "Hypothesis:"),
    "risk": ("Risk:", "What are we worried about?", "Risk and protective factors:", "Worries / what's working well:"),
    "impact": ("Impact on {F}:", "What has changed for {F}?", "Impact:", "Outcomes for the child:"),
    "challenge": ("TM challenge:", "Challenge:", "Manager's view:"),
    "progress": ("Progress:", "Drift / escalation:", "Review dates:", "Plan status:"),
}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")

# --- the simulation --------------------------------------------------------------------


@dataclass(slots=True)
class _Manager:
    name: str
    first: str
    skill: float  # 0 = "discussed, continue with plan", 1 = full reflective analysis
    bullets: float  # how often sections are bullet points
    headings: float  # how often sections carry headings
    single_box: float  # how often the whole note goes in the update box


@dataclass(slots=True)
class _Child:
    ref: str
    initials: str
    dob: dt.date
    male: bool
    plan: str
    concerns: tuple[str, ...]
    carer: str
    parent: str
    partner: str
    sib_carer: str
    nonverbal: bool
    scale: int
    last: dict | None = None  # the child's previous discussion, as a dict
    last_date: dt.date | None = None
    times: int = 0
    closing: bool = False  # this session decided to close the case


@dataclass(slots=True)
class _Worker:
    name: str
    first: str
    female: bool
    level: str  # experience level for the whole window, or "asye_ending" (NQ, then experienced)
    started: dt.date | None
    manager: _Manager
    caseload: int
    dates: list[dt.date] = field(default_factory=list)
    children: list[_Child] = field(default_factory=list)
    leaves: bool = False  # leaves the council before the window ends; their children are reallocated


@dataclass(slots=True)
class _Team:
    name: str
    kind: str
    managers: list[_Manager]
    trend: float  # change in notes' quality over the window (0 = none)
    workers: list[_Worker]
    unallocated: list[_Child] = field(default_factory=list)  # a leaver's children, waiting for a worker


class _Generator:
    def __init__(self, seed: int, today: dt.date):
        self.rng = random.Random(seed)
        r = self.rng.random
        # random.choice and randint cost several times these; the draws stay deterministic
        self.pick = lambda seq: seq[int(r() * len(seq))]
        self.randint = lambda a, b: a + int(r() * (b - a + 1))
        self.today = today
        self.start = today - dt.timedelta(days=WINDOW_DAYS)
        self.staff: set[str] = set()
        self.refs: set[int] = set()
        self.team_names: set[str] = set()
        self.n_teams = 0
        self._prev_texts: set[str] = set()
        self.transfers: list[tuple[dt.date, _Child]] = []  # children moving to another team, and when

    # ids and people ---------------------------------------------------------------
    def uid(self) -> str:
        """A random (version 4) UUID from the seeded generator: str(uuid.UUID(int=..., version=4))."""
        h = "%032x" % ((self.rng.getrandbits(128) & _UUID_MASK) | _UUID_V4)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def person(self) -> tuple[str, str]:
        for _ in range(30):
            first, last = self.pick(STAFF_FIRST), self.pick(STAFF_LAST)
            name = f"{first} {last}"
            if name not in self.staff:
                break
        else:
            name = f"{first} {self.pick(_INITIAL_FIRST)}. {last}"
            while name in self.staff:
                name = f"{first} {self.pick(_INITIAL_FIRST)}{self.pick(_INITIAL_LAST).lower()} {last}"
        self.staff.add(name)
        return name, first

    def manager(self) -> _Manager:
        rng = self.rng
        name, first = self.person()
        r = rng.random()
        # most managers write notes an auditor calls 'requires improvement' or 'good'; a few are
        # weak, a few outstanding (the spread of a council's audits, not of a textbook)
        if r < 0.08:
            skill = rng.uniform(0.2, 0.34)
        elif r < 0.6:
            skill = rng.uniform(0.32, 0.56)
        elif r < 0.94:
            skill = rng.uniform(0.56, 0.74)
        else:
            skill = rng.uniform(0.74, 0.92)
        return _Manager(name, first, skill, self.pick((0.0, 0.1, 0.4, 0.7)), self.pick((0.0, 0.2, 0.5, 0.8)),
                        0.5 if rng.random() < 0.12 else 0.0)

    def team_name(self, kind: str, district: str | None) -> str:
        if district is None:
            district = self.pick(DISTRICTS)
        name = _TEAM_KINDS[kind][0].format(d=f" {district}" if district else "")
        base, k = name, 2
        while name in self.team_names:
            name = f"{base} {k}"
            k += 1
        self.team_names.add(name)
        return name

    def child(self, kind: str, today: dt.date, forced_plan: str | None = None) -> _Child:
        rng = self.rng
        _, plans, (lo, hi), concerns = _TEAM_KINDS[kind]
        plan = forced_plan or rng.choices(list(plans), weights=list(plans.values()))[0]
        if plan == "care_leaver":
            lo, hi = 18, 23
        elif plan == "cp":
            hi = min(hi, 15)
        age_days = self.randint(lo * 365 + 20, hi * 365 + 340)
        if rng.random() < 0.25 and lo == 0 and plan in ("cp", "other", "cin"):
            age_days = self.randint(10, 3 * 365)  # many protection cases are babies and toddlers
        dob = today - dt.timedelta(days=age_days)
        age = age_days // 365
        pool = [c for c in concerns if self._fits(c, age, plan)] or ["neglect"]
        main = self.pick(pool)
        chosen = [main]
        if rng.random() < 0.55:
            other = self.pick(pool)
            if other != main:
                chosen.append(other)
        while True:
            ref = self.randint(100000, 999999)
            if ref not in self.refs:
                self.refs.add(ref)
                break
        male = rng.random() < 0.5
        if plan == "cic":
            carer = self.pick(("the foster carers", "the carers", "residential staff", "the kinship carers",
                                "the foster carer"))
        elif plan == "care_leaver":
            carer = self.pick(("the PA", "the support workers", "the staying put carers", "the key worker"))
        else:
            carer = self.pick(("mum", "mum", "mum", "dad", "mum and her partner", "grandmother", "mum and dad"))
        parent = "dad" if carer == "dad" else "mum"
        return _Child(
            ref=f"CMS-{ref}",
            initials=f"{self.pick(_INITIAL_FIRST)}.{self.pick(_INITIAL_LAST)}.",
            dob=dob,
            male=male,
            plan=plan,
            concerns=tuple(chosen),
            carer=carer,
            parent=parent,
            partner=self.pick(("her partner", "the father", "her ex-partner", "Mr " + self.pick(_INITIAL_LAST),
                                "the stepfather") if parent == "mum" else
                               ("his partner", "the mother", "his ex-partner", "Ms " + self.pick(_INITIAL_LAST))),
            sib_carer=self.pick(("maternal grandmother", "nan", "an aunt", "grandad",
                                  "an older sister", "a family friend")),
            nonverbal=("disability" in chosen and rng.random() < 0.5),
            scale=self.randint(2, 7),
        )

    def new_child(self, team: _Team, day: dt.date) -> _Child:
        """A child new to the worker: now and then one transferred from another team, else a new case."""
        for i, (when, c) in enumerate(self.transfers):
            if when < day and self.rng.random() < 0.5:
                del self.transfers[i]
                return c
        return self.child(team.kind, day)

    @staticmethod
    def _fits(concern: str, age: int, plan: str) -> bool:
        if concern == "placement":
            return plan == "cic"
        if concern == "leaving":
            return plan == "care_leaver"
        if concern == "uasc":
            return plan in ("cic", "care_leaver") and age >= 14
        if concern in ("exploit", "selfharm"):
            return age >= 11
        if concern == "school":
            return 5 <= age <= 17
        if concern == "baby":
            return age <= 1
        return True

    # teams and schedules ------------------------------------------------------------
    def team(self, quota: int) -> _Team:
        rng = self.rng
        if self.n_teams < len(_FIRST_TEAMS):
            kind, district = _FIRST_TEAMS[self.n_teams]
        else:
            kind, district = self.pick(list(_TEAM_KINDS)), None
        self.n_teams += 1
        name = self.team_name(kind, district)
        managers = [self.manager() for _ in range(1 if rng.random() < 0.6 else 2)]
        while all(m.skill < 0.35 for m in managers):  # a weak manager shares the team with another
            managers.append(self.manager())
        trend = self.pick((0.0, 0.0, 0.0, 0.2, 0.3, 0.4))
        team = _Team(name, kind, managers, trend, [])
        total = 0
        first = self.n_teams == 1
        while total < quota:
            index = len(team.workers)
            if first and index < 3:
                level = ("newly_qualified", "experienced", "senior")[index]
            else:
                level = rng.choices(("newly_qualified", "asye_ending", "experienced", "senior"),
                                    weights=(2, 1, 6, 1.5))[0]
            worker = self.worker(team, level)
            total += len(worker.dates)
            team.workers.append(worker)
        excess = total - quota
        last = team.workers[-1]
        while excess > 0 and last.dates:
            del last.dates[rng.randrange(len(last.dates))]
            excess -= 1
        return team

    def worker(self, team: _Team, level: str) -> _Worker:
        rng = self.rng
        name, first = self.person()
        female = first not in _MALE_FIRST
        today, start = self.today, self.start
        if level == "newly_qualified":
            started = today - dt.timedelta(days=self.randint(15, 330))
        elif level == "asye_ending":
            started = start - dt.timedelta(days=self.randint(30, 300))  # ASYE year ends in the window
        elif level == "senior":
            started = None if rng.random() < 0.3 else start - dt.timedelta(days=self.randint(800, 6000))
        else:
            started = None if rng.random() < 0.3 else start - dt.timedelta(days=self.randint(100, 5000))
        if level in ("newly_qualified", "asye_ending"):
            caseload = self.randint(8, 14) if rng.random() < 0.8 else self.randint(17, 24)
        elif level == "senior":
            caseload = self.randint(12, 19)
        else:
            caseload = self.randint(15, 23) if rng.random() < 0.75 else self.randint(24, 32)
        w = _Worker(name, first, female, level, started, self.pick(team.managers), caseload)
        w.dates = self.schedule(w)
        return w

    def schedule(self, w: _Worker) -> list[dt.date]:
        """The days this worker is supervised, with the lapses real services have."""
        rng, today = self.rng, self.today
        rhythm = self.randint(26, 37)  # this manager-worker pair's usual gap
        p_lapse = self.pick((0.03, 0.06, 0.1, 0.2))
        if w.level in ("newly_qualified", "asye_ending") and w.started:
            day = max(w.started + dt.timedelta(days=self.randint(1, 6)), self.start + dt.timedelta(days=self.randint(0, 10)))
        else:
            day = self.start + dt.timedelta(days=self.randint(0, 40))
        stop = today
        r = rng.random()
        if r < 0.08:
            stop = today - dt.timedelta(days=self.randint(60, 170))  # they leave the council
            w.leaves = True
        elif r < 0.15 and w.level != "newly_qualified":
            stop = today - dt.timedelta(days=self.randint(35, 60))
        dates: list[dt.date] = []
        while day <= stop:
            if day.weekday() >= 5:
                day += dt.timedelta(days=7 - day.weekday())
                if day > stop:
                    break
            dates.append(day)
            nq = w.started is not None and w.level in ("newly_qualified", "asye_ending") and (day - w.started).days < 365
            if nq and (day - w.started).days < 42:
                gap = self.randint(6, 9)
            elif nq and (day - w.started).days < 182:
                gap = self.randint(12, 17)
            elif nq:
                gap = self.randint(21, 33)
            else:
                gap = rhythm + self.randint(-4, 6)
            if rng.random() < p_lapse:
                gap = int(gap * rng.uniform(1.6, 3.5)) + self.randint(0, 20)
            nxt = day + dt.timedelta(days=gap)
            # summer leave and Christmas: supervision slips by a week or two
            if ((nxt.month == 8 or (nxt.month == 12 and nxt.day >= 20) or (nxt.month == 1 and nxt.day <= 3))
                    and rng.random() < 0.7):
                nxt += dt.timedelta(days=self.randint(10, 21))
            day = nxt
        return dates

    # records ------------------------------------------------------------------------
    def records(self, n: int) -> Iterator[dict]:
        remaining = n
        while remaining > 0:
            quota = self.randint(60, 110)
            if remaining - quota < 40:
                quota = remaining
            team = self.team(quota)
            remaining -= quota
            sessions = sorted(((d, i) for i, w in enumerate(team.workers) for d in w.dates))
            for d, i in sessions:
                yield self.record(team, team.workers[i], d)

    def record(self, team: _Team, w: _Worker, day: dt.date) -> dict:
        rng, today = self.rng, self.today
        mgr = w.manager
        t = (day - self.start).days / WINDOW_DAYS
        level = w.level
        if level == "asye_ending":
            level = "newly_qualified" if (day - w.started).days < 365 else "experienced"
        nq = level == "newly_qualified"
        r = rng.random()
        rtype = "individual" if r < 0.86 else ("ad_hoc" if r < 0.94 else "reflective_group")
        # caseload drifts a little from session to session
        w.caseload = max(3, min(40, w.caseload + self.randint(-2, 2)))
        quality = mgr.skill + team.trend * t

        # children: keep a small working caseload, with cases opening and closing
        kind = team.kind
        if not w.children:
            w.children = [self.new_child(team, day) for _ in range(self.randint(3, 6))]
        else:
            if rng.random() < 0.06 and len(w.children) > 3:
                # the child moves to another team (a step up to child protection, a move of area)
                self.transfers.append((day, w.children.pop(rng.randrange(len(w.children)))))
            while team.unallocated and len(w.children) < 8:
                w.children.append(team.unallocated.pop())
            if rng.random() < 0.2 and len(w.children) < 7:
                w.children.append(self.new_child(team, day))
        k = 1 if rtype == "ad_hoc" else (self.randint(1, 2) if rtype == "reflective_group"
                                          else rng.choices((1, 2, 3, 4), weights=(1, 2.5, 3.5, 3))[0])
        k = min(k, len(w.children))
        far = dt.date(1900, 1, 1)
        ranked = sorted(w.children, key=lambda c: ((c.last_date or far), rng.random()) if c.plan != "cp"
                        else ((c.last_date or far) - dt.timedelta(days=14), rng.random()))
        chosen = ranked[:k] if rng.random() < 0.85 else rng.sample(w.children, k)

        ctx_worker = {"sw": w.first, "sw_pron": "she" if w.female else "he", "tm": mgr.first,
                      "caseload": w.caseload, "m": self.randint(2, 5), "obs": self.pick(("a baby", "a sibling group",
                                                                                     "a teenager", "a disabled child")),
                      "month": MONTHS[(day.month - 2) % 12], "scale": self.randint(2, 6)}
        wq = 0 if quality + rng.gauss(0, 0.15) < 0.22 else (1 if quality + rng.gauss(0, 0.15) < 0.5 else 2)
        worker = {
            "wellbeing": self.fill(WELLBEING[wq], ctx_worker),
            "workload": self.fill(WORKLOAD[wq] if wq < 2 else _LOAD_NQ if nq else _LOAD_OTHER, ctx_worker),
            "development": self.fill(_DEV_NQ if nq and wq >= 1 else
                                     _DEV_OTHER if wq == 2 else _DEV1_OTHER if wq == 1 else DEVELOPMENT[0], ctx_worker),
        }
        if rtype == "ad_hoc" and rng.random() < 0.8:
            worker = {"wellbeing": "", "workload": "", "development": ""}

        discussions = [self.discussion(c, w, mgr, day, quality, rtype) for c in chosen]
        w.children = [c for c in w.children if not c.closing]  # closed cases leave the caseload
        if w.leaves and day == w.dates[-1]:
            team.unallocated.extend(w.children)  # the leaver's children go to colleagues
            w.children = []

        # lifecycle
        age = (today - day).days
        if age <= 21:
            status = rng.choices(("draft", "completed", "agreed"), weights=(4, 3.5, 2.5))[0]
        else:
            # a forgotten draft now and then; the older the record, the rarer
            status = rng.choices(("draft", "completed", "agreed"), weights=(0.3 if age <= 60 else 0.08, 1.2, 8.5))[0]
        created = dt.datetime(day.year, day.month, day.day, self.randint(9, 16), self.pick((0, 15, 30, 45)),
                              tzinfo=dt.timezone.utc)
        now_limit = dt.datetime(today.year, today.month, today.day, 18, 0, tzinfo=dt.timezone.utc)
        signoffs = []
        addenda = []
        updated = created + dt.timedelta(minutes=self.randint(20, 240))
        if status != "draft":
            s1 = min(self.office(day + dt.timedelta(days=self.pick((0, 0, 1, 2, 3, 6, 10))), created), now_limit)
            signoffs.append({"role": "supervisor", "name": mgr.name, "signed_at": s1, "agrees": True, "comment": ""})
            updated = s1
            if status == "agreed":
                s2 = min(self.office(s1.date() + dt.timedelta(days=self.pick((0, 1, 2, 4, 7, 14))), s1), now_limit)
                disagree = rng.random() < 0.035
                signoffs.append({"role": "supervisee", "name": w.name, "signed_at": s2, "agrees": not disagree,
                                 "comment": self.fill(DISAGREEMENTS, ctx_worker) if disagree else ""})
                updated = s2
            if rng.random() < 0.025 and discussions:
                reason, text = self.pick(ADDENDA)
                c = chosen[0]
                at = min(updated + dt.timedelta(days=self.randint(1, 30)), now_limit)
                addenda.append({"id": self.uid(), "author": mgr.name if rng.random() < 0.8 else w.name,
                                "created_at": at, "reason": reason,
                                "text": text.format_map(self.ctx(c, w, mgr, day))})
                updated = max(updated, at)
        if nq:
            gap = self.pick((7, 7, 14)) if (day - w.started).days < 42 else self.pick((14, 14, 21, 28))
        else:
            gap = self.pick((28, 28, 30, 35, 42))
        next_sup = None if (quality < 0.3 and rng.random() < 0.4) or rtype == "ad_hoc" else day + dt.timedelta(days=gap)
        return {
            "id": self.uid(),
            "supervisor": mgr.name,
            "supervisee": w.name,
            "team": team.name,
            "date": day,
            "type": rtype,
            "experience_level": level,
            "supervisee_started": w.started,
            "caseload": None if rng.random() < 0.04 else w.caseload,
            "agenda_agreed_jointly": rng.choices((True, False, None), weights=(0.3 + quality, 0.5 - quality / 3, 0.2))[0],
            "worker": worker,
            "discussions": discussions,
            "next_supervision": next_sup,
            "status": status,
            "signoffs": signoffs,
            "addenda": addenda,
            "created_at": created,
            "updated_at": updated,
        }

    def office(self, day: dt.date, after: dt.datetime) -> dt.datetime:
        """A moment in office hours on `day`, later than `after`."""
        at = dt.datetime(day.year, day.month, day.day, self.randint(9, 17), self.pick((0, 10, 25, 40, 50)),
                         tzinfo=dt.timezone.utc)
        return at if at > after else after + dt.timedelta(minutes=self.randint(15, 120))

    # text ---------------------------------------------------------------------------
    def fill(self, pool, ctx: dict) -> str:
        return self.pick(pool).format_map(ctx)

    def ctx(self, c: _Child, w: _Worker, mgr: _Manager, day: dt.date) -> dict:
        first = c.initials[0]
        age = (day - c.dob).days // 365
        he, him, his = ("he", "him", "his") if c.male else ("she", "her", "her")
        setting = "nursery" if age < 5 else ("school" if age < 16 else "college")
        nxt = day + dt.timedelta(days=self.randint(10, 60))
        when = day - dt.timedelta(days=self.randint(3, 25))
        return {
            "I": c.initials, "F": first, "ref": c.ref, "age": age, "he": he, "him": him, "his": his,
            "He": he.capitalize(), "His": his.capitalize(), "carer": c.carer, "Carer": c.carer[0].upper() + c.carer[1:],
            "parent": c.parent, "Parent": c.parent.capitalize(),
            "ps": "she" if c.parent == "mum" else "he", "pp": "her" if c.parent == "mum" else "his",
            "pobj": "her" if c.parent == "mum" else "him", "absent": "father" if c.parent == "mum" else "mother", "partner": c.partner, "sib_carer": c.sib_carer,
            "setting": setting, "Setting": setting.capitalize(),
            "age_txt": f"{(day - c.dob).days // 30} months" if age < 1 else str(age), "sw": w.first, "sw_pron": "she" if w.female else "he", "tm": mgr.first,
            "n": self.randint(2, 6), "pct": self.randint(48, 96), "pct2": self.randint(60, 98),
            "weeks": self.randint(3, 12), "day": self.pick(WEEKDAYS),
            "when": f"{when.day} {MONTHS[when.month - 1][:3]}", "next": f"{nxt.day} {MONTHS[nxt.month - 1]}",
            "scale": c.scale, "prev": c.scale, "scale_tm": max(0, c.scale - 1), "worry": "", "test": "", "focus": "",
        }

    def render(self, sentences: list[str], mgr: _Manager, section: str, ctx: dict) -> str:
        rng = self.rng
        if not sentences:
            return ""
        if len(sentences) > 1 and rng.random() < mgr.bullets:
            mark = self.pick(("- ", "* ", "\u2022 "))
            text = "\n".join(mark + s for s in sentences)
        else:
            text = " ".join(sentences)
        if rng.random() < mgr.headings and ":" not in text[:32]:
            text = self.pick(HEADINGS[section]).format_map(ctx) + ("\n" if "\n" in text else " ") + text
        return text

    def discussion(self, c: _Child, w: _Worker, mgr: _Manager, day: dt.date, quality: float, rtype: str) -> dict:
        rng = self.rng
        ctx = self.ctx(c, w, mgr, day)
        q = quality + rng.gauss(0, 0.17) - (0.1 if rtype == "ad_hoc" else 0.0)
        tier = 0 if q < 0.1 else 1 if q < 0.24 else 2 if q < 0.53 else 3 if q < 0.9 else 4
        prev = c.last
        # the plan moves on sometimes
        old_plan = c.plan
        if c.times and rng.random() < 0.12:
            moves = {"cin": ("cp", "early_help"), "cp": ("cin", "cic"), "early_help": ("cin",),
                     "other": ("cin", "cp", "early_help"), "cic": ("cic",), "care_leaver": ("care_leaver",)}
            c.plan = self.pick(moves[c.plan])
            if c.plan == "cic" and old_plan != "cic":
                c.carer = self.pick(("the foster carers", "the kinship carers", "the foster carer"))
        old_scale = c.scale
        c.scale = max(0, min(10, c.scale + self.pick((-2, -1, 0, 0, 1, 1, 2))))
        ctx["scale"], ctx["prev"], ctx["scale_tm"] = c.scale, old_scale, max(0, c.scale - self.pick((0, 1, 2)))
        concern = self.pick(c.concerns)
        ctx["worry"] = self.pick(WORRY[concern]).format_map(ctx)
        ctx["test"] = self.pick(TESTS).format_map(ctx)
        ctx["focus"] = self.pick(FOCUS).format_map(ctx)

        d = {
            "id": self.uid(), "case_ref": c.ref, "child_initials": c.initials, "plan_type": c.plan,
            "update": "", "lived_experience": "", "reflection": "", "risk": "", "safety_scale": None,
            "impact": "", "challenge": "", "decisions": [], "actions": [], "progress": "", "previous_actions": [],
        }
        # previous actions: reviewed mostly, by the better managers more reliably
        reviews = []
        if prev and prev["actions"]:
            skip_all = rng.random() < max(0.03, 0.25 - 0.3 * quality)
            if not skip_all:
                for a in prev["actions"]:
                    if rng.random() < max(0.02, 0.15 - 0.15 * quality):
                        continue  # silently dropped
                    status = None
                    if rng.random() > max(0.03, 0.35 - 0.45 * quality):
                        status = rng.choices(("done", "not_done", "no_longer_needed"), weights=(6, 3, 1))[0]
                    note = ""
                    if status and (status != "done" or rng.random() < 0.4):
                        note = self.fill(REVIEW_NOTES[status], ctx)
                        if status != "done" and tier == 0 and rng.random() < 0.5:
                            note = ""
                    reviews.append({"action_id": a["id"] if rng.random() < 0.9 else None, "action": a["action"],
                                    "owner": a["owner"], "due": a["due"], "status": status, "note": note})
        d["previous_actions"] = reviews

        # a new action is worded afresh; re-setting last time's is a separate, deliberate step below
        self._prev_texts = {a["action"] for a in prev["actions"]} if prev else set()
        copy = prev is not None and rng.random() < max(0.02, 0.3 - 0.35 * quality)
        plan_phrase = self.fill(PLAN_PHRASES[c.plan], ctx)
        if tier == 0:
            self._minimal(d, c, ctx, plan_phrase)
        elif tier == 1:
            self._brief(d, c, ctx, plan_phrase, concern, w)
        else:
            self._fuller(d, c, ctx, plan_phrase, concern, tier, w, mgr, day)
        if old_plan != c.plan and tier >= 1:
            change = self.pick(("Plan changed from {a} to {b} since last supervision.",
                                 "{F} is now {b} (was {a}).", "Moved from {a} to {b}."))
            d["progress"] = (d["progress"] + " " + change.format(a=_PLAN_SHORT[old_plan], b=_PLAN_SHORT[c.plan],
                                                                 F=ctx["F"])).strip()

        # copy-forward: sections (and sometimes actions) as they were last time
        if copy and prev:
            names = [s for s in ("update", "risk", "reflection", "lived_experience", "impact", "progress")
                     if len(prev[s].split()) >= 8]
            if names:
                if rng.random() < 0.35:
                    chosen = names
                else:
                    chosen = rng.sample(names, min(len(names), self.randint(1, 2)))
                for s in chosen:
                    d[s] = prev[s]
                if "risk" in chosen:
                    d["safety_scale"] = prev["safety_scale"]
        if prev and prev["actions"]:
            again = [r for r in reviews if r["status"] in (None, "not_done")]
            p_again = max(0.04, 0.35 - 0.4 * quality)
            for r in again:
                if rng.random() < p_again:
                    due = None if r["due"] is None else day + dt.timedelta(days=self.randint(7, 35))
                    d["actions"].append({"id": self.uid(), "action": r["action"], "owner": r["owner"], "due": due})
            if copy and rng.random() < 0.5:
                for a in prev["actions"]:
                    if not any(x["action"] == a["action"] for x in d["actions"]):
                        due = None if a["due"] is None else day + dt.timedelta(days=self.randint(7, 35))
                        d["actions"].append({"id": self.uid(), "action": a["action"], "owner": a["owner"], "due": due})

        if rng.random() < mgr.single_box and tier >= 2:
            self._single_box(d, ctx)

        # cases close: the plan's work is done and a decision says so (the reports then stop
        # counting the child as waiting to be discussed)
        if c.times >= 2 and c.plan in ("cin", "early_help", "other") and tier >= 1 and rng.random() < 0.14:
            d["decisions"].append({"decision": self.pick(CLOSURES), "rationale": self.fill(CLOSURE_REASONS, ctx)})
            c.closing = True
        c.last, c.last_date, c.times = d, day, c.times + 1
        return d

    def _minimal(self, d: dict, c: _Child, ctx: dict, plan_phrase: str) -> None:
        rng = self.rng
        text = self.pick(MINIMAL_UPDATES)
        r = rng.random()
        if r < 0.2:
            text = f"{c.initials} - {text}"
        elif r < 0.3:
            text = f"{_PLAN_SHORT[c.plan]}. {text}"
        elif r < 0.45:
            text = f"{ctx['F']} {plan_phrase}. {text}"
        elif r < 0.55:
            text = f"{c.initials} ({ctx['age_txt']}) {_PLAN_SHORT[c.plan]}: {text[0].lower()}{text[1:]}"
        elif r < 0.62:
            text = f"Visit {ctx['when']}. {text}"
        d["update"] = text
        for s in ("lived_experience", "reflection", "risk", "impact", "challenge", "progress"):
            if rng.random() < 0.3:
                d[s] = self.pick(FILLERS)
        if rng.random() < 0.4:
            d["decisions"] = [dict(zip(("decision", "rationale"), self.pick(WEAK_DECISIONS)))]
        if rng.random() < 0.35:
            d["actions"] = [{"id": self.uid(), "action": self.pick(("SW to continue to visit", "Continue plan",
                                                                     "Visit", "SW to update", "Continue")),
                             "owner": self.pick(("SW", "", ctx["sw"])), "due": None}]

    def _brief(self, d: dict, c: _Child, ctx: dict, plan_phrase: str, concern: str, w: _Worker) -> None:
        rng = self.rng
        f = self.fill
        parts = [f(UPDATE[concern], ctx)]
        if rng.random() < 0.6:
            parts.append(f(UPDATE[self.pick(c.concerns)], ctx))
        if rng.random() < 0.5:
            parts.insert(0, f"{ctx['F']} ({ctx['age_txt']}) {plan_phrase}.")
        if rng.random() < 0.5:
            parts.append(self.pick(("Continue with plan.", "Plan to continue.", "No further concerns.",
                                     "SW to keep visiting.", "Mum engaging.", "All agencies involved.")))
        d["update"] = " ".join(dict.fromkeys(parts))
        if rng.random() < 0.4:
            d["risk"] = self.pick(("Risk remains.", "Risks as before.", "Ongoing concerns re {c}.",
                                    "Risk: {c}.", "Medium risk.", "Concerns remain about {c}.")).format(
                c=_CONCERN_WORDS[concern])
        else:
            d["risk"] = self.pick(FILLERS) if rng.random() < 0.4 else ""
        if rng.random() < 0.35:
            d["lived_experience"] = self.pick(("Child seen.", "{F} seen at home.", "{F} seen and spoken to alone.",
                                                "{F} appears happy.", "{F} presents well.", "Not seen this month."
                                                )).format_map(ctx)
        if rng.random() < 0.3:
            d["impact"] = self.pick(("{Parent} is engaging with the plan.", "{Parent} is attending all meetings.",
                                      "Parents working with services.", "{Parent} is compliant with the plan.",
                                      "As above.")).format_map(ctx)
        for s in ("reflection", "challenge", "progress"):
            if rng.random() < 0.2:
                d[s] = self.pick(FILLERS)
        if rng.random() < 0.6:
            d["decisions"] = [dict(zip(("decision", "rationale"), self.pick(WEAK_DECISIONS)))]
        n_act = self.pick((0, 1, 1, 2))
        for _ in range(n_act):
            text = f(ACTIONS[concern] if rng.random() < 0.6 else GENERIC_ACTIONS, ctx)
            if text in self._prev_texts or any(a["action"] == text for a in d["actions"]):
                continue
            d["actions"].append({"id": self.uid(), "action": text, "owner": self.pick(("SW", "SW", w.first, "")),
                                 "due": None})

    def _fuller(self, d: dict, c: _Child, ctx: dict, plan_phrase: str, concern: str, tier: int,
                w: _Worker, mgr: _Manager, day: dt.date) -> None:
        """Tiers 2-4: partial to full reflective analysis."""
        rng = self.rng
        f = self.fill
        other = self.pick(c.concerns)
        age = ctx["age"]
        # update
        upd = [f(UPDATE[concern], ctx)]
        if other != concern or rng.random() < 0.5:
            u2 = f(UPDATE[other], ctx)
            if u2 not in upd:
                upd.append(u2)
        lead = rng.random()
        if lead < 0.35:
            upd.insert(0, f"{ctx['F']} ({ctx['age_txt']}) is {plan_phrase}.")
        elif lead < 0.55:
            upd.insert(0, f"{c.initials}, {ctx['age_txt']}, {plan_phrase}, lives with {c.carer}.")
        elif lead < 0.65:
            upd.insert(0, f"{ctx['sw']} visited on {ctx['day']} and saw {ctx['F']} {self.pick(('alone', 'at ' + ctx['setting'], 'with ' + c.carer))}.")
        d["update"] = self.render(upd, mgr, "update", ctx)

        # Which parts are done well: all at tier 4, most at tier 3, a few at tier 2.
        if tier == 4:
            weak: set[str] = set()
        elif tier == 3:
            if rng.random() < 0.85:
                # a good note: analysis, impact and reasons there, the challenge (and a part or two) not
                weak = {"challenge", *rng.sample(("lived", "risk", "dues", "progress"), self.randint(0, 1))}
            else:
                weak = set(rng.sample(_PARTS, self.randint(2, 4)))
        else:
            weak = {p for p in _PARTS if rng.random() < 0.75}

        # lived experience
        band = ("nonverbal" if c.nonverbal else "baby" if age < 2 else "young" if age < 6 else
                "middle" if age < 12 else "teen" if age < 18 else "adult")
        if "lived" in weak:
            lived = [] if rng.random() < 0.3 else [self.pick(WEAK_LIVED).format_map(ctx)]
        else:
            lived = [f(VOICE[band], ctx)]
            if tier == 4 and age >= 7 and rng.random() < 0.6:
                lived.append(f(DAY_IN_LIFE, ctx))
                if rng.random() < 0.5:
                    lived.reverse()
        d["lived_experience"] = self.render(lived, mgr, "lived_experience", ctx)

        # reflection
        if "reflection" in weak:
            d["reflection"] = "" if rng.random() < 0.4 else self.pick(WEAK_REFLECTION)
        else:
            refl = [(f(REFLECTION_OPENERS, ctx) + f(HYPOTHESIS[concern], ctx)).rstrip(".") + "."]
            if tier >= 3 and "challenge" not in weak:  # these follow-ups test the plan: a challenge
                refl.append(f(REFLECTION_FOLLOW, ctx))
            if tier == 4 and other != concern and rng.random() < 0.6:
                refl.append(f"We also think {f(HYPOTHESIS[other], ctx)}.")
            d["reflection"] = self.render(refl, mgr, "reflection", ctx)

        # risk and safety
        if "risk" in weak:
            d["risk"] = self.pick(WEAK_RISK).format(w=ctx["worry"])
            if rng.random() < 0.2:
                d["safety_scale"] = c.scale
        else:
            risk = [self.pick(("We are worried about {w}.", "Worries: {w}.", "The danger is {w}.",
                               "What we are worried about: {w}.", "Risk of harm: {w}.")).format(w=ctx["worry"]),
                    self.pick(("Working well: {s}.", "Protective factors: {s}.", "What is working: {s}.",
                               "On the positive side, {s}.", "Safety: {s}.")).format(s=f(SAFETY[concern], ctx))]
            if rng.random() < 0.3:
                risk.reverse()
            if tier == 4 or rng.random() < 0.5:
                d["safety_scale"] = c.scale
                line = f(SCALE_LINES, ctx)
                if tier == 4:
                    reasons = SCALE_REASONS_UP if c.scale >= ctx["prev"] else SCALE_REASONS_DOWN
                    line = line.rstrip(".") + ", " + f(reasons, ctx) + "."
                risk.append(line)
            d["risk"] = self.render(risk, mgr, "risk", ctx)

        # impact
        if "impact" in weak:
            d["impact"] = "" if rng.random() < 0.3 else self.pick(WEAK_IMPACT).format_map(ctx)
        else:
            imp = f(IMPACT[concern], ctx)
            opener = self.pick(("What this means for {F}: ", "Impact: ", "As a result, ", "",
                                "The difference for {F}: ", "Since the last review, ")).format_map(ctx)
            if not opener or opener.endswith(": "):
                imp = imp[0].upper() + imp[1:]
            d["impact"] = self.render([opener + imp + "."], mgr, "impact", ctx)

        # challenge
        if "challenge" in weak:
            d["challenge"] = self.pick(WEAK_CHALLENGE) if rng.random() < 0.5 else ""
        else:
            ch = [f(CHALLENGE, ctx)]
            if tier == 4 and rng.random() < 0.6:
                c2 = f(CHALLENGE, ctx)
                if c2 != ch[0]:
                    ch.append(c2)
            d["challenge"] = self.render(ch, mgr, "challenge", ctx)

        # decisions
        chosen = [self.pick(DECISIONS[c.plan])]
        if tier == 4 and rng.random() < 0.5 or tier == 3 and rng.random() < 0.2:
            chosen.append(self.pick(ALSO_DECISIONS))
        for dec, why in chosen:
            if "rationale" in weak:
                rationale = self.pick(("", "", "Agreed.", "as discussed"))
            else:
                rationale = why.format_map(ctx)
                if rng.random() < 0.5:
                    rationale = self.pick(("Because ", "This is because ", "", "")) + rationale
            d["decisions"].append({"decision": dec.format_map(ctx), "rationale": rationale})

        # actions
        n_act = self.randint(1, 2) if tier == 2 else self.randint(2, 4)
        used = set()
        for _ in range(n_act):
            text = f(ACTIONS[self.pick(c.concerns)] if rng.random() < 0.65 else GENERIC_ACTIONS, ctx)
            if text in used or text in self._prev_texts:
                continue
            used.add(text)
            if "dues" in weak:
                owner = self.pick(("SW", "SW", w.first, "", "TM"))
                due = None
            else:
                owner = self.pick((w.name, w.first, "SW", "SW", mgr.first, self.pick(OWNERS_OTHER)))
                if c.plan == "care_leaver" and owner == "SW":
                    owner = "PA"
                due = day + dt.timedelta(days=self.pick((7, 10, 14, 14, 21, 28, 28, 42)))
            d["actions"].append({"id": self.uid(), "action": text, "owner": owner, "due": due})

        # progress and escalation
        if "progress" in weak:
            d["progress"] = self.pick(("", "", "Ongoing.", "Plan continues.", "N/A"))
        else:
            prog = [f(PROGRESS[c.plan], ctx)]
            if tier == 4 and rng.random() < 0.5:
                p2 = f(PROGRESS[c.plan], ctx)
                if p2 != prog[0]:
                    prog.append(p2)
            d["progress"] = self.render(prog, mgr, "progress", ctx)

    def _single_box(self, d: dict, ctx: dict) -> None:
        """Everything typed into the one update box, as older systems' notes were."""
        rng = self.rng
        parts = []
        for s in ("update", "lived_experience", "reflection", "risk", "impact", "challenge", "progress"):
            if d[s]:
                text = d[s]
                if s != "update" and not text.endswith(":") and rng.random() < 0.7 and ":" not in text[:40]:
                    text = self.pick(HEADINGS[s]).format_map(ctx) + " " + text
                parts.append(text)
                d[s] = ""
        d["update"] = self.pick(("\n", "\n\n", " ")).join(parts)


_PARTS = ("lived", "reflection", "risk", "impact", "challenge", "rationale", "dues", "progress")
WEAK_LIVED = ("{F} seen alone, presents as happy.", "{F} was seen at home and appeared settled.",
              "{F} is doing OK according to {carer}.", "{F}'s wishes and feelings not yet gathered.",
              "{F} was not seen this month as {he} was at {sib_carer}'s.", "Child seen and spoken with.",
              "{F} seen at {setting}, no concerns raised.", "Voice of the child captured in the visit record.")
WEAK_REFLECTION = FILLERS + ("Discussed the case in detail.", "Reflected on the case.",
                             "SW has a good understanding of the family.", "SW knows the family well.")
WEAK_RISK = ("Risk of {w}.", "Risks: {w}.", "The main risk is {w}.", "Worried about {w}.",
             "Risk remains high.", "Concerns continue.")
WEAK_IMPACT = ("{Parent} is engaging well with all professionals.", "{Parent} has attended every core group.",
               "Parents are complying with the written agreement.", "Plan is being followed.",
               "{Parent} is working with services and says things are better.",
               "Impact on child discussed.", "{Parent} has done everything asked of {pobj}.")
_MALE_FIRST = frozenset((
    "Alan", "Andrew", "Bilal", "Callum", "Craig", "Daniel", "Darren", "Declan", "Faisal", "Gareth",
    "Imran", "Jagdeep", "James", "Jordan", "Kieran", "Liam", "Marcus", "Mark", "Matthew", "Mohammed",
    "Neil", "Owen", "Paul", "Richard", "Ryan", "Simon", "Stephen", "Tom", "Wayne", "Chidi", "Tomasz",
    "Ciaran", "Ravi", "Stuart", "Tendai", "Mandeep",
))
_DEV_NQ = tuple(x for x in DEVELOPMENT[2] if "ASYE" in x or "PCF" in x or "Signs of Safety" in x)
_DEV1_OTHER = tuple(x for x in DEVELOPMENT[1] if "ASYE" not in x)
_DEV_OTHER = tuple(x for x in DEVELOPMENT[2] if "ASYE" not in x)
_LOAD_NQ = tuple(x for x in WORKLOAD[2] if "target" not in x)
_LOAD_OTHER = tuple(x for x in WORKLOAD[2] if "ASYE" not in x)
_PLAN_SHORT = {"early_help": "Early help", "cin": "CIN", "cp": "CP", "cic": "CiC",
               "care_leaver": "Care leaver", "other": "Assessment"}
_CONCERN_WORDS = {
    "neglect": "neglect", "da": "DA", "mh": "parental mental health", "sub": "substance misuse",
    "exploit": "exploitation", "school": "school attendance", "disability": "care needs", "uasc": "immigration status",
    "selfharm": "self-harm", "housing": "housing", "baby": "the baby's safety", "placement": "placement stability",
    "leaving": "tenancy and finances",
}


def generate_records(n: int, seed: int = 1, today: dt.date | None = None) -> Iterator[SupervisionRecord]:
    """Yield `n` synthetic supervision records dated in the twelve months before `today`.

    The same (n, seed, today) always gives the same records. Records come team by
    team, in date order within a team. Each is a validated `SupervisionRecord`.
    """
    if n < 0:
        raise ValueError("n must not be negative")
    gen = _Generator(seed, today or dt.date.today())
    validate = SupervisionRecord.model_validate
    for data in gen.records(n):
        yield validate(data)
